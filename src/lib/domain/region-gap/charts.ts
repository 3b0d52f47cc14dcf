/**
 * The bars of the regional gap analysis's two charts, for the one renderer
 * (chart/aspect-bars.ts): the page and the PDF draw the same numbers.
 */
import type { Bar } from '../chart/aspect-bars';
import { share } from '../overview/dashboard';
import { DIMENSIONS, DIMENSION_LABELS } from '../rubric/vocabulary';
import type { RegionalGaps } from './rollup';

/**
 * The `limit` most common gaps: the share of the panti that scored each indicator and fall short.
 * `fill` is the bars' colour (a CSS variable in the page, a plain colour in a PDF).
 * @example mostCommonGapBars(gaps, 10, 'var(--c-brand-2)')[0] // { label: 'KEL-01 Legalitas', value: 75, … }
 */
export function mostCommonGapBars(gaps: RegionalGaps, limit: number, fill?: string): Bar[] {
	return gaps.indicators.slice(0, limit).map((i) => ({
		label: `${i.code} ${i.title}`,
		value: share(i.short, i.assessed),
		fill
	}));
}

/**
 * Per dimension, the points the panti would recover by closing its gaps, on average per panti in
 * scope: a share of the total score, so it stays within 0–100 like every other bar.
 * @example dimensionPointBars(gaps)[0] // { label: 'Program', value: 12.4 }
 */
export function dimensionPointBars(gaps: RegionalGaps, fill?: string): Bar[] {
	const points = new Map<string, number>();
	for (const i of gaps.indicators)
		points.set(i.dimension, (points.get(i.dimension) ?? 0) + i.pointsAtStake);
	return DIMENSIONS.map((d) => ({
		label: DIMENSION_LABELS[d],
		value: gaps.panti ? (points.get(d) ?? 0) / gaps.panti : null,
		fill
	}));
}
