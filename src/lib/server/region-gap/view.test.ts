/**
 * The analysis's URL against the actor's scope on the demo world: each Dinas lands on its own
 * region with data, may narrow within it, never beyond it; malformed values fall back to defaults.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { actorOf, demoWorld } from '../../../../tests/support/world';
import { regionGapPage } from './view';

let db: Db;
beforeAll(async () => {
	db = await demoWorld();
}, 180_000);

const open = (username: string, query = '') =>
	regionGapPage(db, actorOf(db, username), new URLSearchParams(query));

describe('regionGapPage', () => {
	it('opens a kab/kota Dinas on its own region, on a type and version with data', () => {
		const page = open('dinas.kutim')!;
		expect(page.view).toMatchObject({
			scopeLabel: 'Kabupaten Kutai Timur, Kalimantan Timur',
			regionCode: '64.08',
			zone: 'WITA'
		});
		expect(page.view.gaps.panti).toBeGreaterThan(0);
		expect(page.options.regions.map((r) => r.value)).toEqual(['64.08']);
		const chosen = page.options.types.find((t) => t.value === page.view.type)!;
		expect(chosen.count).toBe(Math.max(...page.options.types.map((t) => t.count)));
	});

	it('refuses a region outside the scope or wider than it, and one that does not exist', () => {
		expect(open('dinas.kutim', 'wilayah=64.72')).toBeNull();
		expect(open('dinas.kutim', 'wilayah=64')).toBeNull();
		expect(open('dinas.kutim', 'wilayah=63')).toBeNull();
		expect(open('dinas.kaltim', 'wilayah=63.71')).toBeNull();
		expect(open('dinas.kaltim', 'wilayah=64.99')).toBeNull();
		expect(open('admin', 'wilayah=99')).toBeNull();
		expect(open('kepala.kutim')).toBeNull();
	});

	it('lets a province Dinas narrow to one of its kab/kota', () => {
		const province = open('dinas.kaltim', 'jenis=anak')!;
		expect(province.view.scopeLabel).toBe('Provinsi Kalimantan Timur');
		expect(province.options.regions.map((r) => r.value)).toEqual(
			expect.arrayContaining(['64', '64.08', '64.72'])
		);
		const kutim = open('dinas.kaltim', `wilayah=64.08&jenis=anak`)!;
		expect(kutim.view.scopeLabel).toBe('Kabupaten Kutai Timur, Kalimantan Timur');
		expect(kutim.view.gaps.panti).toBeLessThanOrEqual(province.view.gaps.panti);
		// Kutai Timur's own Dinas sees the same numbers.
		expect(open('dinas.kutim', 'jenis=anak')!.view.gaps).toEqual(kutim.view.gaps);
	});

	it('gives admin the nation, with the provinces to narrow to and no kab/kota until one is picked', () => {
		const page = open('admin')!;
		expect(page.view).toMatchObject({ scopeLabel: 'Nasional', regionCode: null, zone: 'WIB' });
		expect(page.options.regions[0]).toMatchObject({ value: '', level: 'national' });
		expect(page.options.regions.some((r) => r.level === 'regency')).toBe(false);
		const narrowed = open('admin', 'wilayah=64')!;
		expect(narrowed.options.regions.filter((r) => r.level === 'regency').length).toBeGreaterThan(0);
	});

	it('drops malformed values and keeps a version without data selectable (an empty analysis)', () => {
		const plain = open('dinas.kutim')!;
		const odd = open('dinas.kutim', 'wilayah=64.8&jenis=kucing&instrumen=abc')!;
		expect(odd.view).toEqual(plain.view);
		const empty = plain.options.instruments.find((i) => i.count === 0)!;
		const page = open('dinas.kutim', `instrumen=${empty.value}`)!;
		expect(page.view.instrumentVersionId).toBe(empty.value);
		expect(page.view.gaps).toEqual({ panti: 0, indicators: [], matrix: [] });
		expect(open('dinas.kutim', 'instrumen=999')).toBeNull();
	});
});
