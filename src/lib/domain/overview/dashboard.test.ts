import { describe, expect, it } from 'vitest';
import { isExpiringSoon, share, summarize, type PantiAccreditationRow } from './dashboard';
import { addMonths } from '../dates';
import fc from 'fast-check';
import { median, medianSorted, percentRank, percentRankSorted } from './stats';

const today = '2026-11-23';
const row = (
	id: number,
	regionCode: string,
	grade: string | null,
	validUntil: string | null
): PantiAccreditationRow => ({
	id,
	type: id % 2 ? 'anak' : 'napza',
	regionCode,
	grade,
	validUntil
});

describe('dashboard summary', () => {
	const rows = [
		row(1, '64.08', 'A', '2030-01-01'),
		row(2, '64.08', 'B', '2027-03-01'), // expires within 6 months
		row(3, '64.72', 'C', '2025-01-01'), // expired
		row(4, '64.72', 'TT', null),
		row(5, '64.72', null, null)
	];
	const s = summarize(rows, today);

	it('counts each panti once per status, overall, per kab/kota and per type', () => {
		expect(s.overall).toMatchObject({
			total: 5,
			A: 1,
			B: 1,
			C: 0,
			TT: 1,
			kedaluwarsa: 1,
			belum: 1
		});
		expect(s.byRegion.get('64.08')).toMatchObject({ total: 2, A: 1, B: 1 });
		expect(s.byRegion.get('64.72')).toMatchObject({ total: 3, kedaluwarsa: 1, TT: 1, belum: 1 });
		expect(s.byType.get('anak')!.total + s.byType.get('napza')!.total).toBe(5);
		expect(s.expiringSoon).toBe(1);
	});

	it('expiring soon means valid today and ending within six months, inclusive', () => {
		expect(isExpiringSoon({ grade: 'A', validUntil: today }, today)).toBe(true);
		expect(isExpiringSoon({ grade: 'A', validUntil: '2027-05-23' }, today)).toBe(true);
		expect(isExpiringSoon({ grade: 'A', validUntil: '2027-05-24' }, today)).toBe(false);
		expect(isExpiringSoon({ grade: 'A', validUntil: '2026-11-22' }, today)).toBe(false);
		expect(isExpiringSoon({ grade: 'TT', validUntil: '2027-01-01' }, today)).toBe(false);
	});

	it('shares and month arithmetic', () => {
		expect(share(1, 3)).toBe(33.3);
		expect(share(0, 0)).toBe(0);
		expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
		expect(addMonths('2026-11-23', 6)).toBe('2027-05-23');
	});
});

describe('stats', () => {
	it('median of odd, even and empty sets', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNull();
	});
	it('the sorted-array versions agree with the plain definitions', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 60 }),
				fc.integer({ min: 0, max: 100 }),
				(values, v) => {
					const sorted = Float64Array.from(values).sort();
					expect(medianSorted(sorted)).toBe(median(values));
					expect(percentRankSorted(sorted, v)).toBe(percentRank(v, values));
				}
			)
		);
	});
	it('percentile rank counts ties half', () => {
		expect(percentRank(50, [10, 50, 90])).toBe(50);
		expect(percentRank(90, [10, 50, 90])).toBe(83);
		expect(percentRank(5, [10, 50, 90])).toBe(0);
		expect(percentRank(1, [])).toBeNull();
	});
});
