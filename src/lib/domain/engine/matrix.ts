/**
 * The full "kondisi yang ada / kondisi yang diharapkan" matrix of one result: every scored
 * indicator, not only those short of expectation, so a reader can also see what already holds; and
 * the filter the results page offers over it.
 */
import { descriptorChain, type DescriptorLine } from '../rubric/descriptor';
import type { GapAnalysis, GapItem } from './gap';
import { gateRules } from './grading';
import { aspectKey, type ResolvedInstrument } from './resolve';
import type { Sheet } from './scoring';

/** A row of the matrix: a gap's fields (points 0 where the expected level is reached) and the texts below. */
export interface MatrixRow extends Pick<
	GapItem,
	| 'code'
	| 'title'
	| 'aspectKey'
	| 'aspectCode'
	| 'aspectTitle'
	| 'part'
	| 'current'
	| 'expected'
	| 'points'
	| 'gateFailed'
	| 'dimension'
	| 'horizon'
	| 'stakeholder'
	| 'note'
> {
	/** The level's descriptor, then the lower levels it builds on ("Level 3 terpenuhi, …"). */
	readonly currentText: readonly DescriptorLine[];
	readonly expectedText: readonly DescriptorLine[];
	/** A gate, critical or safeguarding indicator: below its minimum it caps the grade. */
	readonly critical: boolean;
	readonly action: string;
}

/**
 * Every scored indicator (N/A and unanswered left out), gaps first in their priority order, then
 * the rest in the rubric's order.
 * @example resultMatrix(form, sheet, analyseGaps(form, sheet, score)).filter((r) => r.points > 0)
 */
export function resultMatrix(
	form: ResolvedInstrument,
	sheet: Sheet,
	gaps: GapAnalysis,
	notes: ReadonlyMap<string, string> = new Map()
): MatrixRow[] {
	const gated = new Set(gateRules(form).map((r) => r.code));
	const gapOf = new Map(gaps.items.map((g) => [g.code, g]));
	const rows: MatrixRow[] = [];
	for (const ind of form.indicators) {
		const entry = sheet.get(ind.code);
		if (!entry || entry.notApplicable || entry.level === null) continue;
		const aspect = form.aspects[ind.aspectIndex]!;
		const gap = gapOf.get(ind.code);
		const primary = ind.indicator.recommendations[0]!;
		rows.push({
			code: ind.code,
			title: ind.indicator.title,
			aspectKey: aspectKey(aspect.part, aspect.code),
			aspectCode: aspect.code,
			aspectTitle: aspect.title,
			part: ind.part,
			current: entry.level,
			expected: ind.expected,
			currentText: descriptorChain(ind.indicator.levels, entry.level),
			expectedText: descriptorChain(ind.indicator.levels, ind.expected),
			points: gap?.points ?? 0,
			critical: gated.has(ind.code),
			gateFailed: gap?.gateFailed ?? false,
			dimension: ind.indicator.dimension,
			horizon: primary.horizon,
			stakeholder: primary.stakeholder,
			action: primary.action,
			note: notes.get(ind.code) ?? ''
		});
	}
	const rank = new Map(gaps.items.map((g, i) => [g.code, i]));
	const order = (r: MatrixRow) => rank.get(r.code) ?? Infinity;
	return rows
		.map((r, i) => ({ r, i }))
		.sort((a, b) => order(a.r) - order(b.r) || a.i - b.i)
		.map(({ r }) => r);
}

export const MATRIX_VIEWS = ['kurang', 'kritis', 'semua'] as const;
export type MatrixView = (typeof MATRIX_VIEWS)[number];

/** '' in a field = no restriction on it. */
export interface MatrixFilter {
	readonly view: MatrixView;
	readonly aspect: string;
	readonly dimension?: string;
	readonly stakeholder?: string;
	readonly horizon?: string;
}

/**
 * The rows one view shows: `kurang` those below the expected level, `kritis` the indicators that
 * can cap the grade (gate, critical, safeguarding), `semua` every row; then aspect, dimension,
 * stakeholder and horizon.
 * @example filterMatrix(rows, { view: 'kritis', aspect: '' }).every((r) => r.critical) // true
 */
export function filterMatrix<
	R extends Pick<
		MatrixRow,
		'current' | 'expected' | 'critical' | 'aspectKey' | 'dimension' | 'stakeholder' | 'horizon'
	>
>(rows: readonly R[], filter: MatrixFilter): R[] {
	const { view, aspect, dimension, stakeholder, horizon } = filter;
	return rows.filter(
		(r) =>
			(view === 'semua' || (view === 'kurang' ? r.current < r.expected : r.critical)) &&
			(!aspect || r.aspectKey === aspect) &&
			(!dimension || r.dimension === dimension) &&
			(!stakeholder || r.stakeholder === stakeholder) &&
			(!horizon || r.horizon === horizon)
	);
}
