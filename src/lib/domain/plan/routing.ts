/**
 * Where each recommendation of a gap goes (design.md §6, issue 17): every recommendation is its own
 * action, owned by its stakeholder, with its own horizon and due date. What the panti, its families
 * and its community do forms the panti's improvement plan; what government and partners do goes to
 * an agenda: the regional agenda of the Dinas Sosial responsible for the panti, or the national one.
 */
import { addYears } from '../dates';
import type { Ownership } from '../panti/types';
import { readerText } from '../rubric/reader-text';
import type { Horizon, Stakeholder } from '../rubric/vocabulary';

/** Horizon ends in years (design.md glossary: short ≤ 1, medium 1–3, long 3–5; provisional). */
export const HORIZON_YEARS: Record<Horizon, number> = { short: 1, medium: 3, long: 5 };

/** Stakeholders whose actions belong in the panti's own plan (seed 002: the panti's circle). */
export const PANTI_STAKEHOLDERS: ReadonlySet<Stakeholder> = new Set([
	'pengelola-panti',
	'keluarga-klien',
	'masyarakat'
]);

export type Destination =
	| { readonly kind: 'panti' }
	/** A province (`64`) or kab/kota (`64.08`) code: the Dinas Sosial of that region. */
	| { readonly kind: 'region'; readonly regionCode: string }
	| { readonly kind: 'national' };

/**
 * The agenda that holds a government or partner action, by the panti's ownership (provisional,
 * after UU 23/2014's division of social affairs): a community panti is registered and guided by
 * its kab/kota, a regional-government panti is a provincial UPTD, a central one a Kemensos UPT.
 * Kemensos actions are national wherever the panti is.
 * @example destination('dprd', 'daerah', '64.08') → { kind: 'region', regionCode: '64' }
 */
export function destination(
	stakeholder: Stakeholder,
	ownership: Ownership,
	regionCode: string
): Destination {
	if (PANTI_STAKEHOLDERS.has(stakeholder)) return { kind: 'panti' };
	if (stakeholder === 'kemensos' || ownership === 'pusat') return { kind: 'national' };
	if (ownership === 'daerah') return { kind: 'region', regionCode: regionCode.slice(0, 2) };
	return { kind: 'region', regionCode };
}

export interface Recommendation {
	readonly action: string;
	readonly horizon: Horizon;
	readonly stakeholder: Stakeholder;
}

export interface RoutedAction extends Recommendation {
	readonly indicatorCode: string;
	/** The end of its horizon counted from `from`. */
	readonly dueDate: string;
	readonly destination: Destination;
}

/**
 * One action per recommendation of every gap, in the gaps' priority order and the rubric's order
 * of recommendations within a gap, in the words people read (readerText).
 * @param from the finalization date (`YYYY-MM-DD`): due dates count from it.
 */
export function routeRecommendations(
	gaps: readonly { readonly code: string; readonly recommendations: readonly Recommendation[] }[],
	panti: { readonly ownership: Ownership; readonly regionCode: string },
	from: string
): RoutedAction[] {
	return gaps.flatMap((g) =>
		g.recommendations.map((r) => ({
			indicatorCode: g.code,
			action: readerText(r.action),
			horizon: r.horizon,
			stakeholder: r.stakeholder,
			dueDate: addYears(from, HORIZON_YEARS[r.horizon]),
			destination: destination(r.stakeholder, panti.ownership, panti.regionCode)
		}))
	);
}
