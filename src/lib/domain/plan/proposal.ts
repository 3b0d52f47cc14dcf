/**
 * What a finalized gap analysis proposes (design.md §6, issue 17): every recommendation of every
 * gap becomes its own action, due at the end of its own horizon. The panti's circle's actions form
 * its improvement plan; the rest go to the agenda of the Dinas Sosial of its region, or the
 * national one.
 */
import type { GapItem } from '$lib/domain/engine/index';
import type { Ownership } from '../panti/types';
import type { Horizon, Stakeholder } from '../rubric/vocabulary';
import { routeRecommendations } from './routing';

export interface ProposedAction {
	readonly indicatorCode: string;
	readonly action: string;
	readonly horizon: Horizon;
	readonly stakeholder: Stakeholder;
	readonly dueDate: string;
}

export interface AgendaProposal extends ProposedAction {
	/** A kab/kota or province code, or `''` for the national agenda. */
	readonly scopeCode: string;
}

export interface Proposal {
	readonly plan: readonly ProposedAction[];
	readonly agenda: readonly AgendaProposal[];
}

/**
 * @param from the finalization date (`YYYY-MM-DD`): due dates count from it.
 * @example proposeActions(gaps.items, { ownership: 'masyarakat', regionCode: '64.08' }, '2026-11-23')
 *   // { plan: [the panti's own actions], agenda: [Dinas Sosial 64.08's, Kemensos's with scopeCode ''] }
 */
export function proposeActions(
	gaps: readonly GapItem[],
	panti: { readonly ownership: Ownership; readonly regionCode: string },
	from: string
): Proposal {
	const plan: ProposedAction[] = [];
	const agenda: AgendaProposal[] = [];
	for (const { destination, ...a } of routeRecommendations(gaps, panti, from)) {
		if (destination.kind === 'panti') plan.push(a);
		else
			agenda.push({ ...a, scopeCode: destination.kind === 'region' ? destination.regionCode : '' });
	}
	return { plan, agenda };
}
