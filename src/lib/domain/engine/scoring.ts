/**
 * Scoring (design.md §5): indicator score = level / max; N/A leaves the denominators; aspect % is
 * the weighted mean of its scored indicators; rubric % the weighted mean of its scored aspects;
 * total the weighted mean of the parts; the total is rounded once, to two decimals.
 */
import { round2 } from '../round';
import type { ResolvedInstrument } from './resolve';

export interface ScoreEntry {
	readonly level: number | null;
	readonly notApplicable: boolean;
}

/** Levels by indicator code. Missing codes are unanswered. */
export type Sheet = ReadonlyMap<string, ScoreEntry>;

export interface AspectScore {
	readonly code: string;
	readonly title: string;
	readonly part: 'umum' | 'khusus';
	/** null when no indicator of the aspect is scored (all N/A or unanswered). */
	readonly pct: number | null;
	readonly answered: number;
	readonly notApplicable: number;
	readonly total: number;
}

export interface ScoreResult {
	/** Rounded to two decimals; null when nothing is scored yet. */
	readonly total: number | null;
	/** The unrounded total, for exact arithmetic (points recoverable). */
	readonly rawTotal: number | null;
	readonly parts: readonly { part: 'umum' | 'khusus'; pct: number | null }[];
	readonly aspects: readonly AspectScore[];
	/** Each indicator's contribution to the total for one level step (0 when not scored). */
	readonly stepValue: Float64Array;
	readonly answered: number;
	readonly notApplicable: number;
	readonly indicatorCount: number;
	/** Every indicator is scored or N/A: only then may an assessment be finalized. */
	readonly complete: boolean;
}

/** A level counts only if it is an integer within the scale; anything else is unanswered. */
function validLevel(entry: ScoreEntry | undefined, max: number): number | null {
	if (!entry || entry.notApplicable || entry.level === null) return null;
	const l = entry.level;
	return Number.isInteger(l) && l >= 0 && l <= max ? l : null;
}

/**
 * Scores a sheet against a form. Unanswered indicators are left out like N/A, so the result of an
 * incomplete sheet is provisional (`complete: false`).
 * @example scoreSheet(form, new Map([['KEL-01', { level: 4, notApplicable: false }]]))
 */
export function scoreSheet(form: ResolvedInstrument, sheet: Sheet): ScoreResult {
	const n = form.indicators.length;
	const scored = new Float64Array(n).fill(-1);
	let answered = 0;
	let na = 0;
	for (let i = 0; i < n; i++) {
		const ind = form.indicators[i]!;
		const entry = sheet.get(ind.code);
		if (entry?.notApplicable && ind.indicator.allowNA) {
			na++;
			continue;
		}
		const level = validLevel(entry, ind.max);
		if (level === null) continue;
		scored[i] = level / ind.max;
		answered++;
	}

	const aspectPct: (number | null)[] = [];
	const aspectWeightSum: number[] = [];
	const aspects: AspectScore[] = form.aspects.map((a, ai) => {
		let wSum = 0;
		let wsSum = 0;
		let aAnswered = 0;
		let aNa = 0;
		for (const i of a.indicators) {
			const ind = form.indicators[i]!;
			if (scored[i]! >= 0) {
				wSum += ind.weight;
				wsSum += ind.weight * scored[i]!;
				aAnswered++;
			} else if (sheet.get(ind.code)?.notApplicable && ind.indicator.allowNA) aNa++;
		}
		const pct = wSum > 0 ? (100 * wsSum) / wSum : null;
		aspectPct[ai] = pct;
		aspectWeightSum[ai] = wSum;
		return {
			code: a.code,
			title: a.title,
			part: a.part,
			pct,
			answered: aAnswered,
			notApplicable: aNa,
			total: a.indicators.length
		};
	});

	const partPct: (number | null)[] = [];
	const partAspectWeight: number[] = [];
	for (const p of form.parts) {
		let w = 0;
		let ws = 0;
		for (const ai of p.aspects) {
			const pct = aspectPct[ai];
			if (pct === null || pct === undefined) continue;
			w += form.aspects[ai]!.weight;
			ws += form.aspects[ai]!.weight * pct;
		}
		partPct.push(w > 0 ? ws / w : null);
		partAspectWeight.push(w);
	}
	let tw = 0;
	let tws = 0;
	form.parts.forEach((p, pi) => {
		const pct = partPct[pi];
		if (pct === null || pct === undefined) return;
		tw += p.weight;
		tws += p.weight * pct;
	});
	const rawTotal = tw > 0 ? tws / tw : null;

	// d(total)/d(level) per indicator: the product of its share at every level, per level step.
	const stepValue = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		if (scored[i]! < 0) continue;
		const ind = form.indicators[i]!;
		const a = form.aspects[ind.aspectIndex]!;
		const p = form.parts[ind.partIndex]!;
		stepValue[i] =
			(p.weight / tw) *
			(a.weight / partAspectWeight[ind.partIndex]!) *
			(ind.weight / aspectWeightSum[ind.aspectIndex]!) *
			(100 / ind.max);
	}

	return {
		total: rawTotal === null ? null : round2(rawTotal),
		rawTotal,
		parts: form.parts.map((p, pi) => ({ part: p.part, pct: partPct[pi] ?? null })),
		aspects,
		stepValue,
		answered,
		notApplicable: na,
		indicatorCount: n,
		complete: answered + na === n
	};
}
