import { describe, expect, it } from 'vitest';
import { analyseGaps, pathToNextGrade } from './gap';
import { gradeOf } from './grading';
import { mostValuableSteps } from './next-steps';
import { scoreSheet } from './scoring';
import { all, form, sheetOf } from '../../../../tests/support/engine-fixture';

/**
 * The fixture by hand: a step on UA-01 or UA-02 is worth 100 × ¼ × ½ × ½ × ½ = 3.125 points; on
 * UB-01 (the only indicator of UB) or KA-01/KA-02 (half of KA, which is all of khusus) 6.25.
 */
function steps(levels: Record<string, number>, limit?: number) {
	const sheet = sheetOf(levels);
	const score = scoreSheet(form, sheet);
	const grade = gradeOf(form, score.total!, sheet).grade;
	const path = pathToNextGrade(form, sheet, score, grade);
	return {
		grade,
		path,
		steps: mostValuableSteps(form, path, analyseGaps(form, sheet, score), limit)
	};
}

describe('mostValuableSteps', () => {
	it('lifts the failed gate first: all level 2 is Tidak Terakreditasi only because UB-01 < 3', () => {
		// 50 % would be B, but the gate caps it; one step on UB-01 (2 → 3, +6.25) gives 56.25 % → B.
		const r = steps({ 'UA-01': 2, 'UA-02': 2, 'UB-01': 2, 'KA-01': 2, 'KA-02': 2 });
		expect(r.grade).toBe('TT');
		expect(r.path.projectedTotal).toBe(56.25);
		expect(r.steps).toEqual([
			{
				code: 'UB-01',
				title: 'Indikator UB-01',
				from: 2,
				to: 3,
				points: 6.25,
				reason: 'gate',
				target: [{ level: 3, text: 'tiga langkah' }]
			}
		]);
	});

	it('from B takes the steps worth most: KA-01 from 1 to 4 (+18.75) reaches A at 68.75 %', () => {
		// umum 75, khusus 25 → 50 % (B); A needs more than 66, so three steps of 6.25 points.
		const r = steps({ 'UA-01': 3, 'UA-02': 3, 'UB-01': 3, 'KA-01': 1, 'KA-02': 1 });
		expect(r.grade).toBe('B');
		expect(r.path.projectedGrade).toBe('A');
		expect(r.steps.map((s) => [s.code, s.from, s.to, s.points, s.reason])).toEqual([
			['KA-01', 1, 4, 18.75, 'points']
		]);
		expect(r.steps[0]!.target[0]).toEqual({ level: 4, text: 'empat langkah' });
	});

	it('at the top grade lists the largest gaps to the expected level, at most `limit`', () => {
		const r = steps({ 'UA-01': 3, 'UA-02': 2, 'UB-01': 4, 'KA-01': 4, 'KA-02': 4 }, 1);
		expect(r.grade).toBe('A');
		expect(r.path.target).toBeNull();
		// UA-02 is two steps short (6.25 points), UA-01 one (3.125): the larger first, and only one.
		expect(r.steps.map((s) => [s.code, s.from, s.to, s.points])).toEqual([['UA-02', 2, 4, 6.25]]);
	});

	it('is empty when nothing is short of its expected level', () => {
		expect(steps(Object.fromEntries([...all(4)].map(([c]) => [c, 4]))).steps).toEqual([]);
	});
});
