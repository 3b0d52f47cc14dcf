/**
 * The improvement plan proposed from a gap analysis (design.md §6): one action per gap, from the
 * rubric's recommendations, in priority order, due at the end of its horizon.
 */
import { addYears } from '../dates';
import type { GapItem } from '$lib/domain/engine/index';
import type { Horizon, Stakeholder } from '../rubric/vocabulary';

import { HORIZON_YEARS } from './routing';

export interface ProposedAction {
	readonly indicatorCode: string;
	readonly action: string;
	readonly horizon: Horizon;
	readonly stakeholder: Stakeholder;
	readonly dueDate: string;
}

/**
 * @param from the finalization date (`YYYY-MM-DD`): due dates count from it.
 * @example proposeActions(gaps.items, '2026-11-23')[0].dueDate // '2027-11-23' for a short horizon
 */
export function proposeActions(gaps: readonly GapItem[], from: string): ProposedAction[] {
	return gaps.map((g) => ({
		indicatorCode: g.code,
		// The primary recommendation leads; the rubric's other recommendations follow it.
		action: g.recommendations.map((r) => r.action).join(' '),
		horizon: g.horizon,
		stakeholder: g.stakeholder,
		dueDate: addYears(from, HORIZON_YEARS[g.horizon])
	}));
}
