/**
 * The improvement plan is proposed when an assessment is finalized (design.md §6): one action per
 * recommendation of the panti's circle; a visit's government and partner actions go to the
 * agendas (server/agenda/record.ts), a self-assessment's nowhere, being indicative. It supersedes the panti's earlier plan of the same kind only — a visit's plan replaces the
 * previous visit's, a self-assessment's the previous self-assessment's — so the kepala's own
 * indicative work never wipes the official plan the Dinas follows, nor the other way round.
 * Superseded plans are never deleted: they stay readable.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { GapItem } from '$lib/domain/engine';
import { proposeActions } from '$lib/domain/plan/proposal';
import { audit } from '../audit';
import type { Queryable } from '../db';
import { recordAgenda } from '../agenda/record';
import { improvementActions, improvementPlans, panti } from '../db/schema';

export function proposePlan(
	tx: Queryable,
	input: {
		pantiId: number;
		assessmentId: number;
		indicative: boolean;
		gaps: readonly GapItem[];
		/** Finalization date, `YYYY-MM-DD`: due dates count from it. */
		from: string;
		actorId: number;
		now: Date;
	}
): number {
	const at = input.now.toISOString();
	tx.update(improvementPlans)
		.set({ supersededAt: at })
		.where(
			and(
				eq(improvementPlans.pantiId, input.pantiId),
				eq(improvementPlans.indicative, input.indicative),
				isNull(improvementPlans.supersededAt)
			)
		)
		.run();
	const { id } = tx
		.insert(improvementPlans)
		.values({
			pantiId: input.pantiId,
			assessmentId: input.assessmentId,
			indicative: input.indicative,
			createdAt: at
		})
		.returning({ id: improvementPlans.id })
		.get();
	const where = tx
		.select({ ownership: panti.ownership, regionCode: panti.regionCode })
		.from(panti)
		.where(eq(panti.id, input.pantiId))
		.get()!;
	const { plan: actions, agenda } = proposeActions(input.gaps, where, input.from);
	for (const a of actions)
		tx.insert(improvementActions)
			.values({ planId: id, ...a, updatedBy: input.actorId, updatedAt: at })
			.run();
	audit(tx, {
		userId: input.actorId,
		action: 'plan.create',
		entityType: 'improvement_plan',
		entityId: id,
		after: {
			assessmentId: input.assessmentId,
			actions: actions.length,
			indicative: input.indicative
		}
	});
	if (!input.indicative)
		recordAgenda(tx, {
			pantiId: input.pantiId,
			assessmentId: input.assessmentId,
			actions: agenda,
			actorId: input.actorId,
			at
		});
	return id;
}
