/**
 * Trend (design.md §6): the current result against the panti's previous finalized assessment,
 * per aspect and per indicator, matched by code even across rubric versions.
 */
import { aspectKey, type ResolvedInstrument } from './resolve';
import type { ScoreResult, Sheet } from './scoring';

export interface TrendRow {
	readonly code: string;
	readonly title: string;
	readonly current: number | null;
	readonly previous: number | null;
	readonly delta: number | null;
}

export interface Trend {
	readonly total: TrendRow;
	readonly aspects: readonly TrendRow[];
	/** Indicators scored in both, as score fractions (level / max) so different scales compare. */
	readonly indicators: readonly TrendRow[];
	/** Codes only in the current form (new in its version) and only in the previous one. */
	readonly added: readonly string[];
	readonly removed: readonly string[];
}

const d = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

export function trend(
	current: { form: ResolvedInstrument; sheet: Sheet; score: ScoreResult },
	previous: { form: ResolvedInstrument; sheet: Sheet; score: ScoreResult }
): Trend {
	// Aspect codes are unique within a part only (umum KEL ≠ khusus KEL), so match on both.
	const prevAspects = new Map(previous.score.aspects.map((a) => [aspectKey(a.part, a.code), a]));
	const aspects = current.score.aspects.map((a) => {
		const p = prevAspects.get(aspectKey(a.part, a.code))?.pct ?? null;
		return {
			code: aspectKey(a.part, a.code),
			title: a.title,
			current: a.pct,
			previous: p,
			delta: d(a.pct, p)
		};
	});
	const frac = (form: ResolvedInstrument, sheet: Sheet, code: string) => {
		const i = form.byCode.get(code);
		const e = sheet.get(code);
		if (i === undefined || !e || e.notApplicable || e.level === null) return null;
		return e.level / form.indicators[i]!.max;
	};
	const indicators: TrendRow[] = [];
	const added: string[] = [];
	for (const ind of current.form.indicators) {
		if (!previous.form.byCode.has(ind.code)) {
			added.push(ind.code);
			continue;
		}
		const c = frac(current.form, current.sheet, ind.code);
		const p = frac(previous.form, previous.sheet, ind.code);
		indicators.push({
			code: ind.code,
			title: ind.indicator.title,
			current: c,
			previous: p,
			delta: d(c, p)
		});
	}
	const removed = previous.form.indicators
		.filter((i) => !current.form.byCode.has(i.code))
		.map((i) => i.code);
	return {
		total: {
			code: 'TOTAL',
			title: 'Nilai total',
			current: current.score.total,
			previous: previous.score.total,
			delta: d(current.score.total, previous.score.total)
		},
		aspects,
		indicators,
		added,
		removed
	};
}
