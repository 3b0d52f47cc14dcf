import { describe, expect, it } from 'vitest';
import { PANTI_TYPE_SHORT } from '../panti/types';
import { countIn, inRegion, resolveFilters, type AccreditedCount } from './filters';

// Kalimantan Timur and Kalimantan Selatan, two instrument versions (3 newest, then 2).
const rows: AccreditedCount[] = [
	{ regionCode: '64.08', type: 'anak', instrumentVersionId: 2, n: 2 },
	{ regionCode: '64.08', type: 'disabilitas', instrumentVersionId: 3, n: 1 },
	{ regionCode: '64.72', type: 'napza', instrumentVersionId: 3, n: 1 },
	{ regionCode: '64.72', type: 'napza', instrumentVersionId: 2, n: 3 },
	{ regionCode: '63.71', type: 'napza', instrumentVersionId: 3, n: 5 }
];
const versions = [
	{ id: 3, label: 'Instrumen 3.0.0' },
	{ id: 2, label: 'Instrumen 2.0.0' },
	{ id: 1, label: 'Instrumen 1.0.0' }
];
const resolve = (region: string | null, asked = {}) =>
	resolveFilters(rows, region, asked, versions, PANTI_TYPE_SHORT);

describe('inRegion', () => {
	it.each([
		['64.08', null, true],
		['64.08', '64', true],
		['64.08', '64.08', true],
		['64.08', '64.0', false],
		['64.08', '6', false],
		['64.72', '64.08', false],
		['63.71', '64', false]
	])('%s in %s: %s', (code, region, want) => expect(inRegion(code, region)).toBe(want));
});

describe('countIn', () => {
	it('adds the kab/kota of a region for one type and version', () => {
		expect(countIn(rows, '64', 'napza', 2)).toBe(3);
		expect(countIn(rows, null, 'napza', 3)).toBe(6);
		expect(countIn(rows, '64.08', 'napza', 3)).toBe(0);
	});
});

describe('resolveFilters', () => {
	it('defaults to the type with most panti in the region, then its version with most', () => {
		expect(resolve(null)).toMatchObject({ type: 'napza', instrumentVersionId: 3 });
		// In Kalimantan Timur napza has 4 (3 on version 2), anak 2.
		expect(resolve('64')).toMatchObject({ type: 'napza', instrumentVersionId: 2 });
		// Kutai Timur: anak 2, disabilitas 1.
		expect(resolve('64.08')).toMatchObject({ type: 'anak', instrumentVersionId: 2 });
	});

	it('keeps what was asked, a version without data included, and counts every choice', () => {
		const r = resolve('64.08', { type: 'disabilitas', instrumentVersionId: 1 });
		expect(r).toMatchObject({ type: 'disabilitas', instrumentVersionId: 1 });
		expect(r.instruments.map((i) => [i.value, i.count])).toEqual([
			[3, 1],
			[2, 0],
			[1, 0]
		]);
		expect(r.types.find((t) => t.value === 'anak')).toEqual({
			value: 'anak',
			label: 'Anak',
			count: 2
		});
		expect(r.types).toHaveLength(7);
	});

	it('with no data at all: the first type and the newest version', () => {
		expect(resolve('52')).toMatchObject({ type: 'anak', instrumentVersionId: 3 });
	});

	it('breaks ties by the order of types, and between versions by the newest', () => {
		const tie: AccreditedCount[] = [
			{ regionCode: '64.08', type: 'abh', instrumentVersionId: 2, n: 2 },
			{ regionCode: '64.08', type: 'lanjut-usia', instrumentVersionId: 2, n: 1 },
			{ regionCode: '64.08', type: 'lanjut-usia', instrumentVersionId: 3, n: 1 }
		];
		const r = resolveFilters(tie, null, { type: 'lanjut-usia' }, versions, PANTI_TYPE_SHORT);
		expect(r.instrumentVersionId).toBe(3);
		expect(resolveFilters(tie, null, {}, versions, PANTI_TYPE_SHORT).type).toBe('lanjut-usia');
	});
});
