/**
 * Grades a Dinas Sosial can defend, on the hand-checkable fixture (tests/support/engine-fixture.ts):
 * a floor below which C is not given, safeguarding that no score outweighs, half-up subtotals, and
 * points to the top of the scale that always add up to what is missing from the total.
 */
import { describe, expect, it } from 'vitest';
import type { Instrument, Rubric } from '../rubric/schema';
import { all, instrument, khusus, sheetOf, umum } from '../../../../tests/support/engine-fixture';
import { resolveInstrument } from './resolve';
import { analyseGaps, pathToNextGrade } from './gap';
import { gradeOf } from './grading';
import { round2 } from '../round';
import { scoreSheet, type Sheet } from './scoring';

// The fixture with a floor for C at 25 % (a TT band below it) and KA-02 as a safeguarding indicator.
const floored: Instrument = {
	...instrument,
	grades: [
		...instrument.grades.slice(0, 2),
		{ grade: 'C', label: 'Cukup', min: 25, inclusive: true, validityYears: 2 },
		{ grade: 'TT', label: 'Tidak Terakreditasi', min: 0, inclusive: true, validityYears: 0 }
	]
};
const guarded: Rubric = {
	...khusus,
	aspects: khusus.aspects.map((a) => ({
		...a,
		indicators: a.indicators.map((i) =>
			i.code === 'KA-02'
				? { ...i, safeguarding: { minLevel: 3, finding: 'kekerasan terhadap klien; rujuk' } }
				: i
		)
	}))
};
const form = resolveInstrument(floored, umum, guarded);
const grade = (sheet: Sheet) => {
	const score = scoreSheet(form, sheet);
	return { score, ...gradeOf(form, score.total!, sheet) };
};

describe('the floor for C', () => {
	it('a sheet below the floor is Tidak Terakreditasi, with no validity, and says why', () => {
		// On the fixture without the safeguarding mark (KA-02 at 0 is then only a low score).
		const plain = resolveInstrument(floored, umum, khusus);
		// UB-01 = 3, rest 0: UB 75 → umum 37.5; khusus 0 → total 18.75 < 25 → TT.
		const sheet = sheetOf({ 'UA-01': 0, 'UA-02': 0, 'UB-01': 3, 'KA-01': 0, 'KA-02': 0 });
		const score = scoreSheet(plain, sheet);
		expect(score.total).toBe(18.75);
		const g = gradeOf(plain, score.total!, sheet);
		expect(g.band).toBe('TT');
		expect(g.grade).toBe('TT');
		expect(g.validityYears).toBe(0);
		expect(g.explanation).toContain('di bawah batas minimal peringkat C (25,00%)');
	});

	it('at the floor exactly, C (inclusive)', () => {
		const plain = resolveInstrument(floored, umum, khusus);
		// UB-01 = 4, rest 0: UB 100 → umum 50; khusus 0 → total 25.00 → C.
		const sheet = sheetOf({ 'UA-01': 0, 'UA-02': 0, 'UB-01': 4, 'KA-01': 0, 'KA-02': 0 });
		expect(scoreSheet(plain, sheet).total).toBe(25);
		expect(gradeOf(plain, 25, sheet).grade).toBe('C');
	});
});

describe('safeguarding', () => {
	it.each([0, 1, 2])(
		'KA-02 at %i (below 3) with everything else at max → Tidak Terakreditasi',
		(level) => {
			// UA 100, UB 100 → umum 100; KA = (100 + 25·level)/2 → total ≥ 75: band A, but safeguarding.
			const {
				score,
				band,
				grade: g,
				safeguarding
			} = grade(sheetOf({ 'UA-01': 4, 'UA-02': 4, 'UB-01': 4, 'KA-01': 4, 'KA-02': level }));
			expect(score.total).toBe(75 + 6.25 * level);
			expect(band).toBe('A');
			expect(g).toBe('TT');
			expect(safeguarding.map((s) => [s.code, s.kind, s.level])).toEqual([
				['KA-02', 'safeguarding', level]
			]);
		}
	);

	it('at its level the finding is gone and the score decides', () => {
		const { grade: g, safeguarding } = grade(all(4));
		expect(g).toBe('A');
		expect(safeguarding).toEqual([]);
	});

	it('the path to the next grade lifts the safeguarding finding first', () => {
		const sheet = sheetOf({ 'UA-01': 4, 'UA-02': 4, 'UB-01': 4, 'KA-01': 4, 'KA-02': 0 });
		const score = scoreSheet(form, sheet);
		const path = pathToNextGrade(form, sheet, score, 'TT');
		expect(path.steps[0]).toMatchObject({ code: 'KA-02', from: 0, to: 3, reason: 'gate' });
	});
});

describe('rounding of displayed subtotals', () => {
	it.each<[string, number, number]>([
		// 45/8 = 5.625 summed from 13 equal shares lands at 5.624999999999998 in floating point.
		[
			'45/8 from 13 shares',
			Array.from({ length: 13 }, () => 45 / 8 / 13).reduce((a, b) => a + b),
			5.63
		],
		['5.625 exactly', 5.625, 5.63],
		['5.6249 is below the half-cent', 5.6249, 5.62],
		// Half-up means away from zero for a fall (trend deltas).
		['−11.505', -11.505, -11.51],
		['−0.004 is zero, not minus zero', -0.004, 0]
	])('%s → %s', (_label, x, expected) => {
		expect(Object.is(round2(x), expected)).toBe(true);
	});

	it('a group subtotal on a half-cent rounds up', () => {
		// Fixture step values (parts 1:1, umum aspects 1:1, UA's two indicators 1:1, scale 0..4):
		// UA-01 = 1/2 · 1/2 · 1/2 · 100/4 = 3.125 per level. UA-01 at 3, all else at 4: the only
		// gap is UA-01's one level, so the "program" group holds 3.125 points → 3.13.
		const sheet = sheetOf({ 'UA-01': 3, 'UA-02': 4, 'UB-01': 4, 'KA-01': 4, 'KA-02': 4 });
		const plain = resolveInstrument(instrument, umum, khusus);
		const gaps = analyseGaps(plain, sheet, scoreSheet(plain, sheet));
		expect(gaps.byDimension).toEqual([{ key: 'program', items: 1, points: 3.13 }]);
	});
});

describe('points to the top of the scale', () => {
	it.each<[string, Record<string, number | 'na'>]>([
		['all zero', { 'UA-01': 0, 'UA-02': 0, 'UB-01': 0, 'KA-01': 0, 'KA-02': 0 }],
		['mixed', { 'UA-01': 1, 'UA-02': 'na', 'UB-01': 3, 'KA-01': 2, 'KA-02': 4 }],
		['incomplete', { 'UA-01': 2, 'KB-01': 1 }]
	])('%s: they sum to 100 − total', (_label, levels) => {
		const plain = resolveInstrument(instrument, umum, khusus);
		const sheet = sheetOf(levels);
		const score = scoreSheet(plain, sheet);
		const gaps = analyseGaps(plain, sheet, score);
		expect(gaps.pointsToMaxTotal).toBeCloseTo(100 - score.rawTotal!, 9);
	});
});
