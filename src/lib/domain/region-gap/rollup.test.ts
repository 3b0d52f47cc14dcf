import { describe, expect, it } from 'vitest';
import { form } from '../../../../tests/support/engine-fixture';
import { rollUp } from './rollup';

// A region of three panti on the fixture instrument (expected level 4 everywhere), computed by
// hand. Points are given, as the server stores them per finalized assessment.
const region = [
	{
		pantiId: 1,
		entries: [
			{ code: 'UA-01', level: 2, points: 5 },
			{ code: 'UA-02', level: 4, points: 0 },
			{ code: 'UB-01', level: 3, points: 3 },
			{ code: 'KA-01', level: 4, points: 0 },
			{ code: 'KA-02', level: 1, points: 4 }
		]
	},
	// UA-02 not applicable here: it is not counted as assessed.
	{
		pantiId: 2,
		entries: [
			{ code: 'UA-01', level: 2, points: 6 },
			{ code: 'UB-01', level: 4, points: 0 },
			{ code: 'KA-02', level: 4, points: 0 }
		]
	},
	{
		pantiId: 3,
		entries: [
			{ code: 'UA-01', level: 4, points: 0 },
			{ code: 'UB-01', level: 1, points: 9 }
		]
	}
];

describe('rollUp', () => {
	const r = rollUp(form, region);

	it('counts per indicator the panti short of expected, the mean gap and the points at stake', () => {
		expect(r.panti).toBe(3);
		expect(
			r.indicators.map((i) => [i.code, i.assessed, i.short, i.meanGap, i.pointsAtStake])
		).toEqual([
			['UB-01', 3, 2, 2, 12], // as many short as UA-01, more points at stake: first
			['UA-01', 3, 2, 2, 11],
			['KA-02', 2, 1, 3, 4]
		]);
	});

	it('describes kondisi yang ada by the levels found, with counts, beside the expected one', () => {
		const ub = r.indicators[0]!;
		expect(ub.found).toEqual([
			{ level: 1, descriptor: 'satu langkah', count: 1 },
			{ level: 3, descriptor: 'tiga langkah', count: 1 }
		]);
		expect(ub.expectedDescriptor).toBe('empat langkah');
	});

	it('builds the dimension × stakeholder matrix with staged actions and the panti they serve', () => {
		expect(r.matrix.map((c) => [c.dimension, c.stakeholder])).toEqual([
			['program', 'pengelola-panti'],
			['sdm', 'keluarga-klien']
		]);
		const [program, sdm] = r.matrix;
		expect(program!.existing.map((e) => e.code)).toEqual(['UB-01', 'UA-01']);
		// One action recommended for both indicators: panti 1, 2 (UA-01) and 1, 3 (UB-01) → 3.
		expect(program!.stages.short).toEqual([
			{ action: 'Perbaiki hal ini segera.', indicatorCodes: ['UB-01', 'UA-01'], panti: 3 }
		]);
		expect(program!.stages.long).toEqual([]);
		expect(sdm!.stages.long).toEqual([
			{ action: 'Libatkan keluarga klien.', indicatorCodes: ['KA-02'], panti: 1 }
		]);
	});

	it('is empty for a region with no finalized accreditation', () => {
		expect(rollUp(form, [])).toEqual({ panti: 0, indicators: [], matrix: [] });
	});
});
