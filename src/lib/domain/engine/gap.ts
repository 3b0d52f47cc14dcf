/**
 * Gap analysis (design.md §6): per indicator, current vs expected level ("kondisi yang ada /
 * kondisi yang diharapkan"), points recoverable, groupings, priority, and the path to the next grade.
 */
import type { Dimension, Grade, Horizon, Stakeholder } from '../rubric/vocabulary';
import { GRADE_RANK } from '../rubric/vocabulary';

const HORIZON_RANK: Record<Horizon, number> = { short: 0, medium: 1, long: 2 };
import type { ResolvedInstrument } from './resolve';
import { bandFor, failedGates, gateRules, worse } from './grading';
import { round2 } from '../round';
import type { ScoreResult, Sheet } from './scoring';
import { aspectKey } from './resolve';

export interface GapItem {
	readonly code: string;
	readonly title: string;
	/** `umum:KEL`, `khusus:KEL`: an aspect code is unique within its part only. */
	readonly aspectKey: string;
	readonly aspectCode: string;
	readonly aspectTitle: string;
	readonly part: 'umum' | 'khusus';
	readonly current: number;
	readonly currentDescriptor: string;
	readonly expected: number;
	readonly expectedDescriptor: string;
	readonly gap: number;
	/** Total % gained by closing this gap, all else equal. */
	readonly points: number;
	/** Total % gained by raising this indicator to the top of its scale (≥ points). */
	readonly pointsToMax: number;
	readonly dimension: Dimension;
	readonly horizon: Horizon;
	readonly stakeholder: Stakeholder;
	readonly recommendations: readonly {
		action: string;
		horizon: Horizon;
		stakeholder: Stakeholder;
	}[];
	readonly gateFailed: boolean;
	readonly note: string;
}

export interface GapGroup<K extends string> {
	readonly key: K;
	readonly items: number;
	readonly points: number;
}

export interface GapAnalysis {
	/** Priority order: failed gates, then points recoverable, then horizon (short first). */
	readonly items: readonly GapItem[];
	readonly pointsTotal: number;
	/**
	 * Total % gained by raising every scored indicator to the top of its scale: exactly
	 * 100 − total (design.md §6). Equals pointsTotal wherever the expected level is the max.
	 */
	readonly pointsToMaxTotal: number;
	readonly byAspect: readonly GapGroup<string>[];
	readonly byDimension: readonly GapGroup<Dimension>[];
	readonly byStakeholder: readonly GapGroup<Stakeholder>[];
	readonly byHorizon: readonly GapGroup<Horizon>[];
}

type Acc<K extends string> = Map<K, { items: number; points: number }>;

function add<K extends string>(acc: Acc<K>, key: K, points: number): void {
	let g = acc.get(key);
	if (!g) acc.set(key, (g = { items: 0, points: 0 }));
	g.items++;
	g.points += points;
}

function groups<K extends string>(acc: Acc<K>): GapGroup<K>[] {
	return [...acc]
		.map(([key, g]) => ({ key, items: g.items, points: round2(g.points) }))
		.sort((a, b) => b.points - a.points);
}

/**
 * Gaps of every scored indicator whose level is below its expected level.
 * @example analyseGaps(form, sheet, scoreSheet(form, sheet)).items[0] // the top priority
 */
export function analyseGaps(
	form: ResolvedInstrument,
	sheet: Sheet,
	score: ScoreResult,
	notes: ReadonlyMap<string, string> = new Map()
): GapAnalysis {
	const failed = new Set(failedGates(form, sheet).map((g) => g.code));
	const items: GapItem[] = [];
	let pointsTotal = 0;
	let pointsToMaxTotal = 0;
	form.indicators.forEach((ind, i) => {
		const step = score.stepValue[i]!;
		const entry = sheet.get(ind.code);
		if (step === 0 || !entry || entry.level === null) return;
		pointsToMaxTotal += step * (ind.max - entry.level);
		const gap = Math.max(0, ind.expected - entry.level);
		if (gap === 0) return;
		const aspect = form.aspects[ind.aspectIndex]!;
		const primary = ind.indicator.recommendations[0]!;
		const points = step * gap;
		pointsTotal += points;
		items.push({
			code: ind.code,
			title: ind.indicator.title,
			aspectKey: aspectKey(aspect.part, aspect.code),
			aspectCode: aspect.code,
			aspectTitle: aspect.title,
			part: ind.part,
			current: entry.level,
			currentDescriptor: ind.indicator.levels[entry.level] ?? '',
			expected: ind.expected,
			expectedDescriptor: ind.indicator.levels[ind.expected] ?? '',
			gap,
			points,
			pointsToMax: step * (ind.max - entry.level),
			dimension: ind.indicator.dimension,
			horizon: primary.horizon,
			stakeholder: primary.stakeholder,
			recommendations: ind.indicator.recommendations,
			gateFailed: failed.has(ind.code),
			note: notes.get(ind.code) ?? ''
		});
	});
	// Priority: failed gates first, then points recoverable, then shorter horizon; ties keep the
	// rubric's order. Sorting indices by precomputed keys keeps this cheap for 250 indicators.
	const keys = new Float64Array(items.length);
	for (let k = 0; k < items.length; k++) {
		const it = items[k]!;
		keys[k] = (it.gateFailed ? 1e6 : 0) + it.points - HORIZON_RANK[it.horizon] * 1e-9;
	}
	const order = Array.from({ length: items.length }, (_, k) => k).sort(
		(x, y) => keys[y]! - keys[x]! || x - y
	);
	const sorted = order.map((k) => items[k]!);
	items.length = 0;
	items.push(...sorted);
	const byAspect: Acc<string> = new Map();
	const byDimension: Acc<Dimension> = new Map();
	const byStakeholder: Acc<Stakeholder> = new Map();
	const byHorizon: Acc<Horizon> = new Map();
	for (const it of items) {
		add(byAspect, it.aspectKey, it.points);
		add(byDimension, it.dimension, it.points);
		add(byStakeholder, it.stakeholder, it.points);
		add(byHorizon, it.horizon, it.points);
	}
	return {
		items,
		pointsTotal,
		pointsToMaxTotal,
		byAspect: groups(byAspect),
		byDimension: groups(byDimension),
		byStakeholder: groups(byStakeholder),
		byHorizon: groups(byHorizon)
	};
}

export interface PathStep {
	readonly code: string;
	readonly title: string;
	readonly from: number;
	readonly to: number;
	readonly points: number;
	readonly reason: 'gate' | 'points';
	/**
	 * The step goes above the level the rubric expects (only where a rubric sets expected below
	 * max, in versions before instrument 3.0.0): the gap table shows no gap there, so say so.
	 */
	readonly beyondExpected: boolean;
}

export interface PathToNextGrade {
	readonly from: Grade;
	/** null when already at the top grade. */
	readonly target: Grade | null;
	readonly reachable: boolean;
	readonly steps: readonly PathStep[];
	readonly levelSteps: number;
	readonly projectedTotal: number;
	readonly projectedGrade: Grade;
}

const ORDER: Grade[] = ['TT', 'C', 'B', 'A'];

/**
 * The smallest set of one-level steps that lifts the grade at least one band: first every gate
 * that caps the grade below the target is lifted to its required level, then single steps are
 * taken on the indicators worth the most points per step. Because every step on an indicator is
 * worth the same (scores are linear in levels), taking the largest steps first is optimal.
 */
export function pathToNextGrade(
	form: ResolvedInstrument,
	sheet: Sheet,
	score: ScoreResult,
	currentGrade: Grade
): PathToNextGrade {
	const total = score.rawTotal ?? 0;
	const target = ORDER[GRADE_RANK[currentGrade] + 1] ?? null;
	if (target === null || score.rawTotal === null)
		return {
			from: currentGrade,
			target: null,
			reachable: false,
			steps: [],
			levelSteps: 0,
			projectedTotal: round2(total),
			projectedGrade: currentGrade
		};

	const levels = new Map<string, number>();
	for (const ind of form.indicators) {
		const e = sheet.get(ind.code);
		if (e && !e.notApplicable && e.level !== null) levels.set(ind.code, e.level);
	}
	const steps = new Map<string, PathStep>();
	let projected = total;
	const raise = (code: string, to: number, reason: PathStep['reason']) => {
		const i = form.byCode.get(code)!;
		const from = levels.get(code)!;
		if (to <= from) return;
		const points = score.stepValue[i]! * (to - from);
		projected += points;
		levels.set(code, to);
		const prev = steps.get(code);
		steps.set(code, {
			code,
			title: form.indicators[i]!.indicator.title,
			from: prev?.from ?? from,
			to,
			points: (prev?.points ?? 0) + points,
			reason: prev?.reason ?? reason,
			beyondExpected: to > form.indicators[i]!.expected
		});
	};
	for (const gate of failedGates(form, sheet))
		if (GRADE_RANK[gate.cap] < GRADE_RANK[target]) raise(gate.code, gate.required, 'gate');

	const rules = gateRules(form);
	const gradeNow = () => {
		let g = bandFor(round2(projected), form.grades).grade;
		for (const rule of rules) {
			const level = levels.get(rule.code);
			if (level !== undefined && level < rule.required) g = worse(g, rule.cap);
		}
		return g;
	};
	// Candidate single steps, best first; each indicator may step up to the top of its scale.
	const candidates = form.indicators
		.map((ind, i) => ({ ind, value: score.stepValue[i]! }))
		.filter(({ ind, value }) => value > 0 && (levels.get(ind.code) ?? ind.max) < ind.max)
		.sort((a, b) => b.value - a.value || (a.ind.code < b.ind.code ? -1 : 1));
	let grade = gradeNow();
	outer: for (const { ind } of candidates) {
		while (GRADE_RANK[grade] < GRADE_RANK[target]) {
			const level = levels.get(ind.code)!;
			if (level >= ind.max) continue outer;
			raise(ind.code, level + 1, 'points');
			grade = gradeNow();
		}
		break;
	}
	const list = [...steps.values()];
	return {
		from: currentGrade,
		target,
		reachable: GRADE_RANK[grade] >= GRADE_RANK[target],
		steps: list,
		levelSteps: list.reduce((n, s) => n + (s.to - s.from), 0),
		projectedTotal: round2(projected),
		projectedGrade: grade
	};
}
