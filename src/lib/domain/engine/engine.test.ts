import { describe, expect, it } from 'vitest';
import { analyseGaps, pathToNextGrade } from './gap';
import { agreement, proposeConsolidated, weightedKappa } from './agreement';
import { bandFor, gradeOf } from './grading';
import { round2 } from '../round';
import { scoreSheet } from './scoring';
import { all, form, instrument, sheetOf } from '../../../../tests/support/engine-fixture';
import { computedLevel } from './computed';

const score = (levels: Record<string, number | 'na'>) => scoreSheet(form, sheetOf(levels));

type Levels = Record<string, number | 'na'>;

describe('scoring (checkable by hand)', () => {
	it.each<[string, Levels, number]>([
		// UA = mean(UA-01, UA-02); UB = UB-01; umum = mean(UA, UB); khusus = mean(KA-01, KA-02); total = mean(umum, khusus)
		['all levels max', { 'UA-01': 4, 'UA-02': 4, 'UB-01': 4, 'KA-01': 4, 'KA-02': 4 }, 100],
		['all levels zero', { 'UA-01': 0, 'UA-02': 0, 'UB-01': 0, 'KA-01': 0, 'KA-02': 0 }, 0],
		// UA = (100 + 50)/2 = 75; UB = 100; umum = 87.5; khusus = (50 + 0)/2 = 25; total = 56.25
		['mixed', { 'UA-01': 4, 'UA-02': 2, 'UB-01': 4, 'KA-01': 2, 'KA-02': 0 }, 56.25],
		// N/A leaves the denominator: UA = UA-01 only = 100 → umum 100, khusus 100 → 100
		[
			'N/A leaves the denominator',
			{ 'UA-01': 4, 'UA-02': 'na', 'UB-01': 4, 'KA-01': 4, 'KA-02': 4 },
			100
		],
		// The same with UA-02 at 0 instead of N/A: UA = 50, umum 75, total 87.5
		['zero is not N/A', { 'UA-01': 4, 'UA-02': 0, 'UB-01': 4, 'KA-01': 4, 'KA-02': 4 }, 87.5],
		// UA unanswered/N/A entirely → UA leaves umum: umum = UB = 75; khusus = 50; total 62.5
		[
			'an all-N/A aspect leaves the rubric',
			{ 'UA-02': 'na', 'UB-01': 3, 'KA-01': 2, 'KA-02': 2 },
			62.5
		],
		// One level of 3 on a 0..4 scale everywhere: 75
		['level 3 everywhere', { 'UA-01': 3, 'UA-02': 3, 'UB-01': 3, 'KA-01': 3, 'KA-02': 3 }, 75],
		// thirds: UA=(1/4+1/4)/2=25 → wait, weights: UB-01 (w2) alone → UB = 25. umum 25, khusus 25
		['level 1 everywhere', { 'UA-01': 1, 'UA-02': 1, 'UB-01': 1, 'KA-01': 1, 'KA-02': 1 }, 25]
	])('%s → %s %%', (_label, levels, total) => {
		expect(score(levels).total).toBe(total);
	});

	it('N/A is refused where the rubric does not allow it (counts as unanswered)', () => {
		const result = score({ 'UA-01': 'na', 'UA-02': 4, 'UB-01': 4, 'KA-01': 4, 'KA-02': 4 });
		expect(result.complete).toBe(false);
		expect(result.notApplicable).toBe(0);
	});

	it('is complete only when every indicator is scored or N/A', () => {
		expect(score({ 'UA-01': 4 }).complete).toBe(false);
		expect(score({ 'UA-01': 4, 'UA-02': 'na', 'UB-01': 4, 'KA-01': 4, 'KA-02': 4 }).complete).toBe(
			true
		);
	});

	it('levels outside the scale are ignored, not trusted', () => {
		expect(score({ 'UA-01': 9, 'UB-01': 4 }).aspects[0]!.pct).toBeNull();
	});

	it('rounds the total once, to two decimals', () => {
		expect(round2(65.995)).toBe(66);
		expect(round2(66.004999)).toBe(66);
		// UA=(1+0)/2 of 4 → 12.5; UB=100 → umum 56.25; khusus = (3/4+0)/2 = 37.5 → total 46.875 → 46.88
		expect(score({ 'UA-01': 1, 'UA-02': 0, 'UB-01': 4, 'KA-01': 3, 'KA-02': 0 }).total).toBe(46.88);
	});
});

describe('grading', () => {
	it.each([
		[100, 'A'],
		[66.01, 'A'],
		[66, 'B'], // A needs more than 66 %
		[50, 'B'],
		[33, 'B'], // B starts at 33 % inclusive
		[32.99, 'C'],
		[0, 'C']
	])('band of %s %% is %s', (total, grade) => {
		expect(bandFor(total, instrument.grades).grade).toBe(grade);
	});

	it('all max → A with 5 years validity and no gate', () => {
		const g = gradeOf(form, 100, all(4));
		expect([g.grade, g.validityYears, g.gates.length]).toEqual(['A', 5, 0]);
	});

	it('a failed critical gate caps the grade whatever the score, and says why', () => {
		const sheet = sheetOf({ 'UA-01': 4, 'UA-02': 4, 'UB-01': 2, 'KA-01': 4, 'KA-02': 4 });
		const s = scoreSheet(form, sheet);
		// UB = 50 → umum 75; khusus 100; total 87.5: band A, but UB-01 < 3 → TT
		expect(s.total).toBe(87.5);
		const g = gradeOf(form, s.total!, sheet);
		expect(g.band).toBe('A');
		expect(g.grade).toBe('TT');
		expect(g.validityYears).toBe(0);
		expect(g.explanation).toContain('UB-01');
		expect(g.explanation).toContain('tanpa legalitas tidak dapat diakreditasi');
	});

	it('all zero → 0 % and Tidak Terakreditasi through the gate', () => {
		expect(gradeOf(form, 0, all(0)).grade).toBe('TT');
	});
});

describe('gap analysis', () => {
	it('points recoverable sum to 100 − total when expected = max', () => {
		for (const levels of [
			all(0),
			all(2),
			sheetOf({ 'UA-01': 1, 'UA-02': 'na', 'UB-01': 3, 'KA-01': 4, 'KA-02': 0 })
		]) {
			const s = scoreSheet(form, levels);
			const gaps = analyseGaps(form, levels, s);
			expect(gaps.pointsTotal).toBeCloseTo(100 - s.rawTotal!, 9);
		}
	});

	it('orders failed gates first, then points, and groups by dimension and stakeholder', () => {
		const sheet = sheetOf({ 'UA-01': 0, 'UA-02': 4, 'UB-01': 2, 'KA-01': 4, 'KA-02': 0 });
		const gaps = analyseGaps(form, sheet, scoreSheet(form, sheet));
		expect(gaps.items.map((g) => g.code)).toEqual(['UB-01', 'KA-02', 'UA-01']);
		// UB-01: umum ½ × UB ½ × 1 × 2 levels of 25 → 12.5; KA-02: ½ × 1 × ½ × 4 × 25 → 25; UA-01: ½ × ½ × ½ × 100 → 12.5
		expect(gaps.items.map((g) => round2(g.points))).toEqual([12.5, 25, 12.5]);
		expect(gaps.byStakeholder.find((g) => g.key === 'keluarga-klien')?.points).toBe(25);
		expect(gaps.byDimension.map((g) => g.key).sort()).toEqual(['program', 'sdm']);
		expect(gaps.items[0]!.currentDescriptor).toBe('dua langkah');
		expect(gaps.items[0]!.expectedDescriptor).toBe('empat langkah');
	});
});

describe('path to the next grade', () => {
	it('lifts a gated panti out of Tidak Terakreditasi by fixing the gate first', () => {
		const sheet = sheetOf({ 'UA-01': 4, 'UA-02': 4, 'UB-01': 2, 'KA-01': 4, 'KA-02': 4 });
		const s = scoreSheet(form, sheet);
		const path = pathToNextGrade(form, sheet, s, 'TT');
		expect(path.steps[0]).toMatchObject({ code: 'UB-01', from: 2, to: 3, reason: 'gate' });
		expect(path.reachable).toBe(true);
		expect(path.projectedGrade).toBe('A');
	});

	it.each([[1], [2]])('from all level %s, reaches the next band with the fewest steps', (level) => {
		const sheet = all(level);
		const s = scoreSheet(form, sheet);
		const current = gradeOf(form, s.total!, sheet).grade;
		const path = pathToNextGrade(form, sheet, s, current);
		const after = new Map(sheet);
		for (const step of path.steps) after.set(step.code, { level: step.to, notApplicable: false });
		const rescored = scoreSheet(form, after);
		// The projection is exactly what the engine gives for the raised levels.
		expect(rescored.total).toBe(path.projectedTotal);
		expect(gradeOf(form, rescored.total!, after).grade).toBe(path.projectedGrade);
		expect(path.reachable).toBe(true);
		expect(path.projectedGrade).not.toBe(current);
		// One step fewer (dropping the last step's last level) does not reach it.
		const last = path.steps[path.steps.length - 1]!;
		const fewer = new Map(after);
		fewer.set(last.code, { level: last.to - 1, notApplicable: false });
		expect(gradeOf(form, scoreSheet(form, fewer).total!, fewer).grade).toBe(current);
	});

	it('has no target at grade A', () => {
		expect(pathToNextGrade(form, all(4), scoreSheet(form, all(4)), 'A').target).toBeNull();
	});
});

describe('agreement', () => {
	it('kappa on the textbook 2×2 table (Cohen; 20/5/10/15 → 0.4)', () => {
		const pairs: [number, number][] = [
			...Array<[number, number]>(20).fill([1, 1]),
			...Array<[number, number]>(5).fill([1, 0]),
			...Array<[number, number]>(10).fill([0, 1]),
			...Array<[number, number]>(15).fill([0, 0])
		];
		expect(weightedKappa(pairs, 1)).toBeCloseTo(0.4, 10);
	});

	it('linearly weighted kappa on a 3×3 table computed by hand (0.32 / 0.42)', () => {
		// po = 0.9; marginals A (.4,.4,.2), B (.3,.4,.3); pe = 0.58 → κw = 0.32 / 0.42
		const pairs: [number, number][] = [
			...Array<[number, number]>(3).fill([0, 0]),
			...Array<[number, number]>(3).fill([1, 1]),
			...Array<[number, number]>(2).fill([2, 2]),
			[0, 1],
			[1, 2]
		];
		expect(weightedKappa(pairs, 2)).toBeCloseTo(0.32 / 0.42, 10);
	});

	it('gives no kappa when the levels are too uniform for it to mean anything', () => {
		// 75 indicators at 3 by both, one at 3 vs 2: 99 % exact agreement, κw ≈ 0 by the formula.
		const pairs: [number, number][] = [...Array<[number, number]>(75).fill([3, 3]), [3, 2]];
		expect(weightedKappa(pairs, 4)).toBeNull();
		// A real spread of levels keeps its kappa.
		const spread: [number, number][] = [
			...Array<[number, number]>(10).fill([1, 1]),
			...Array<[number, number]>(10).fill([2, 2]),
			...Array<[number, number]>(10).fill([3, 3]),
			...Array<[number, number]>(10).fill([4, 4]),
			[3, 2]
		];
		expect(weightedKappa(spread, 4)).toBeGreaterThan(0.9);
	});

	it('reports exact agreement and items two or more levels apart', () => {
		const sheets = new Map([
			['rina', all(3)],
			['budi', sheetOf({ 'UA-01': 3, 'UA-02': 1, 'UB-01': 3, 'KA-01': 4, 'KA-02': 3 })]
		]);
		const report = agreement(form, sheets);
		expect(report.exactPct).toBe(60);
		expect(report.farApart.map((d) => d.code)).toEqual(['UA-02']);
	});

	it.each([
		[[1, 3, 4], 3],
		[[2, 4], 2], // lower median
		[[0, 4, 4, 4], 4],
		[[3], 3]
	])('proposes the median of %j → %s', (levels, expected) => {
		expect(proposeConsolidated(levels.map((l) => ({ level: l, notApplicable: false })))).toEqual({
			level: expected,
			notApplicable: false
		});
	});

	it('proposes N/A only when most assessors said N/A', () => {
		const na = { level: null, notApplicable: true };
		expect(proposeConsolidated([na, na, { level: 2, notApplicable: false }])).toEqual(na);
		expect(proposeConsolidated([na, { level: 2, notApplicable: false }])).toEqual({
			level: 2,
			notApplicable: false
		});
		expect(proposeConsolidated([undefined, undefined])).toBeNull();
	});
});

describe('computed indicators', () => {
	const ind = { computed: { fact: 'clientsPerProfessional' as const, atMost: [10, 15, 25, 40] } };
	it.each([
		[{ pekerja_sosial: 4 }, 40, 4], // 10 per professional
		[{ pekerja_sosial: 2, psikolog: 1 }, 36, 3], // 12
		[{ pekerja_sosial: 1 }, 41, 0], // 41
		[{}, 10, 0], // none at all
		[{}, 0, 4] // no clients
	])('staff %j with %s clients → level %s', (staff, clients, level) => {
		expect(computedLevel(ind, 4, { capacity: 50, currentClients: clients, staff })).toBe(level);
	});
});

describe('trend and version diff', () => {
	it('compares with the previous assessment by code, across versions', async () => {
		const { trend } = await import('./trend');
		const { diffRubrics } = await import('./version-diff');
		const { resolveInstrument } = await import('./resolve');
		const { umum, khusus } = await import('../../../../tests/support/engine-fixture');
		// A "v2" umum without UA-02 and with a new UA-03.
		const ua = umum.aspects[0]!;
		const v2 = {
			...umum,
			version: '2.0.0',
			aspects: [
				{
					...ua,
					indicators: [ua.indicators[0]!, { ...ua.indicators[0]!, code: 'UA-03', title: 'Baru' }]
				},
				umum.aspects[1]!
			]
		};
		const diff = diffRubrics(umum, v2);
		expect(diff.added.map((a) => a.code)).toEqual(['UA-03']);
		expect(diff.removed.map((a) => a.code)).toEqual(['UA-02']);
		const form2 = resolveInstrument(instrument, v2, khusus);
		const before = all(2);
		const after = sheetOf({ 'UA-01': 4, 'UA-03': 4, 'UB-01': 4, 'KA-01': 2, 'KA-02': 2 });
		const t = trend(
			{ form: form2, sheet: after, score: scoreSheet(form2, after) },
			{ form, sheet: before, score: scoreSheet(form, before) }
		);
		expect(t.added).toEqual(['UA-03']);
		expect(t.removed).toEqual(['UA-02']);
		expect(t.indicators.find((i) => i.code === 'UA-01')?.delta).toBe(0.5);
		expect(t.aspects.find((a) => a.code === 'umum:UA')).toMatchObject({
			previous: 50,
			current: 100,
			delta: 50
		});
		expect(t.total).toMatchObject({ previous: 50, current: 75, delta: 25 });
	});
});
