/**
 * Regional gap analysis (design.md §6, issue 17; seed 002 is a regional policy analysis): over the
 * latest finalized accreditation of each panti in a scope, per indicator how many panti fall short
 * of the expected level and by how much, and per dimension and stakeholder the seed-002 matrix —
 * kondisi yang ada (the levels found, with counts), kondisi yang diharapkan, and the staged actions.
 */
import type { ResolvedInstrument } from '../engine/resolve';
import { round2 } from '../round';
import type { Dimension, Horizon, Stakeholder } from '../rubric/vocabulary';
import { DIMENSIONS, HORIZONS, STAKEHOLDERS } from '../rubric/vocabulary';

/** One panti's scored indicators (N/A left out) with the points closing each gap would recover. */
export interface PantiGaps {
	readonly pantiId: number;
	readonly entries: readonly { code: string; level: number; points: number }[];
}

export interface LevelFound {
	readonly level: number;
	readonly descriptor: string;
	readonly count: number;
}

export interface IndicatorRollup {
	readonly code: string;
	readonly title: string;
	readonly aspectTitle: string;
	readonly dimension: Dimension;
	readonly expected: number;
	readonly expectedDescriptor: string;
	/** Panti that scored it (not N/A). */
	readonly assessed: number;
	/** Panti below the expected level. */
	readonly short: number;
	/** Mean levels missing, over the panti that fall short (0 when none do). */
	readonly meanGap: number;
	/** Total % points the panti in scope would recover together by closing it. */
	readonly pointsAtStake: number;
	/** Levels below expected that were found, lowest first. */
	readonly found: readonly LevelFound[];
}

export interface StagedAction {
	readonly action: string;
	readonly indicatorCodes: readonly string[];
	/** Distinct panti that fall short on at least one of those indicators. */
	readonly panti: number;
}

export interface MatrixCell {
	readonly dimension: Dimension;
	readonly stakeholder: Stakeholder;
	readonly existing: readonly { code: string; title: string; found: readonly LevelFound[] }[];
	readonly expected: readonly { code: string; descriptor: string }[];
	readonly stages: Readonly<Record<Horizon, readonly StagedAction[]>>;
}

export interface RegionalGaps {
	readonly panti: number;
	/** Indicators some panti falls short on: most panti short first, then most points. */
	readonly indicators: readonly IndicatorRollup[];
	/** Non-empty cells in dimension order, then stakeholder order (seed 002's tables). */
	readonly matrix: readonly MatrixCell[];
}

/**
 * Sums per indicator over the panti of a region, fed one panti at a time by indicator index (the
 * batch engine's order), so a national roll-up of 10,000 sheets allocates nothing per indicator.
 */
export class RegionAccumulator {
	readonly panti: number[] = [];
	readonly assessed: Int32Array;
	readonly short: Int32Array;
	readonly gapSum: Float64Array;
	readonly points: Float64Array;
	/** Per indicator, count of each level found below expected (index = level). */
	readonly found: Int32Array[];
	readonly shortPanti: number[][];

	constructor(readonly form: ResolvedInstrument) {
		const n = form.indicators.length;
		this.assessed = new Int32Array(n);
		this.short = new Int32Array(n);
		this.gapSum = new Float64Array(n);
		this.points = new Float64Array(n);
		this.found = form.indicators.map((ind) => new Int32Array(ind.max + 1));
		this.shortPanti = form.indicators.map(() => []);
	}

	/** One panti's scored indicator `i` at `level`, closing its gap worth `points`. */
	add(pantiId: number, i: number, level: number, points: number): void {
		this.assessed[i]!++;
		const gap = this.form.indicators[i]!.expected - level;
		if (gap <= 0) return;
		this.short[i]!++;
		this.gapSum[i]! += gap;
		this.points[i]! += points;
		this.found[i]![level]!++;
		this.shortPanti[i]!.push(pantiId);
	}
}

/** @example rollUp(form, [{ pantiId: 1, entries: [{ code: 'KEL-01', level: 1, points: 2.5 }] }]) */
export function rollUp(form: ResolvedInstrument, panti: readonly PantiGaps[]): RegionalGaps {
	const acc = new RegionAccumulator(form);
	for (const p of panti) {
		acc.panti.push(p.pantiId);
		for (const e of p.entries) {
			const i = form.byCode.get(e.code);
			if (i !== undefined) acc.add(p.pantiId, i, e.level, e.points);
		}
	}
	return summarize(acc);
}

/** The roll-up of what was accumulated. */
export function summarize(acc: RegionAccumulator): RegionalGaps {
	const { form, assessed, short, gapSum, points, found, shortPanti } = acc;
	const rows: (IndicatorRollup & { index: number })[] = [];
	form.indicators.forEach((ind, i) => {
		if (short[i] === 0) return;
		const aspect = form.aspects[ind.aspectIndex];
		rows.push({
			index: i,
			code: ind.code,
			title: ind.indicator.title,
			aspectTitle: aspect?.title ?? '',
			dimension: ind.indicator.dimension,
			expected: ind.expected,
			expectedDescriptor: ind.indicator.levels[ind.expected] ?? '',
			assessed: assessed[i]!,
			short: short[i]!,
			meanGap: round2(gapSum[i]! / short[i]!),
			pointsAtStake: round2(points[i]!),
			found: [...found[i]!].flatMap((count, level) =>
				count ? [{ level, descriptor: ind.indicator.levels[level] ?? '', count }] : []
			)
		});
	});
	rows.sort((a, b) => b.short - a.short || b.pointsAtStake - a.pointsAtStake || a.index - b.index);

	const matrix: MatrixCell[] = [];
	for (const dimension of DIMENSIONS)
		for (const stakeholder of STAKEHOLDERS) {
			const cellRows = rows.filter(
				(r) =>
					r.dimension === dimension &&
					form.indicators[r.index]!.indicator.recommendations.some(
						(rec) => rec.stakeholder === stakeholder
					)
			);
			if (cellRows.length === 0) continue;
			const stages = Object.fromEntries(HORIZONS.map((h) => [h, [] as StagedAction[]])) as Record<
				Horizon,
				StagedAction[]
			>;
			for (const h of HORIZONS) {
				// The same action text recommended for several indicators is one staged action.
				const byAction = new Map<string, { codes: string[]; panti: Set<number> }>();
				for (const r of cellRows)
					for (const rec of form.indicators[r.index]!.indicator.recommendations) {
						if (rec.stakeholder !== stakeholder || rec.horizon !== h) continue;
						let a = byAction.get(rec.action);
						if (!a) byAction.set(rec.action, (a = { codes: [], panti: new Set() }));
						a.codes.push(r.code);
						for (const id of shortPanti[r.index]!) a.panti.add(id);
					}
				stages[h] = [...byAction]
					.map(([action, a]) => ({ action, indicatorCodes: a.codes, panti: a.panti.size }))
					.sort((x, y) => y.panti - x.panti);
			}
			matrix.push({
				dimension,
				stakeholder,
				existing: cellRows.map((r) => ({ code: r.code, title: r.title, found: r.found })),
				expected: cellRows.map((r) => ({ code: r.code, descriptor: r.expectedDescriptor })),
				stages
			});
		}

	return {
		panti: acc.panti.length,
		indicators: rows.map(({ index: _, ...r }) => r),
		matrix
	};
}
