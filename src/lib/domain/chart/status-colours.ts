/**
 * The colour of each accreditation status, shared by badges and charts: the values live once, as
 * CSS variables in src/app.css (`--status-A` …, used by `.badge.A` …); a chart drawn into the
 * page fills its bars with the same variables, so a grade never has one colour in its badge and
 * another in a chart.
 */
import type { AccreditationStatus } from '../assessment/accreditation';

/**
 * The CSS fill of a status in an SVG drawn inline in the page.
 * @example statusFill('A') === 'var(--status-A)'
 */
export function statusFill(status: AccreditationStatus): string {
	return `var(--status-${status})`;
}

/** A bar whose value is not a grade (a share of panti, say): the brand colour, never a grade's. */
export const NEUTRAL_FILL = 'var(--c-brand-2)';
