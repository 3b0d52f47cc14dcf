/**
 * Writes a finalized visit's government and partner actions to the agendas (issue 17). An action
 * already on a region's agenda for the same indicator is not added twice: the panti is linked to
 * it. The panti's earlier links are replaced, since an agenda shows which panti an action serves
 * now, by their latest official accreditation; the actions themselves stay, with their progress.
 */
import { and, eq } from 'drizzle-orm';
import type { AgendaProposal } from '$lib/domain/plan/proposal';
import { audit } from '../audit';
import type { Queryable } from '../db';
import { agendaActionPanti, agendaActions } from '../db/schema';

export function recordAgenda(
	tx: Queryable,
	input: {
		pantiId: number;
		assessmentId: number;
		actions: readonly AgendaProposal[];
		/** Null when the start fills agendas for accreditations finalized before they existed. */
		actorId: number | null;
		at: string;
	}
): void {
	tx.delete(agendaActionPanti).where(eq(agendaActionPanti.pantiId, input.pantiId)).run();
	const created: number[] = [];
	const linked: number[] = [];
	for (const a of input.actions) {
		const added = tx
			.insert(agendaActions)
			.values({ ...a, createdAt: input.at, updatedBy: input.actorId, updatedAt: input.at })
			.onConflictDoNothing()
			.returning({ id: agendaActions.id })
			.get();
		const id =
			added?.id ??
			tx
				.select({ id: agendaActions.id })
				.from(agendaActions)
				.where(
					and(
						eq(agendaActions.scopeCode, a.scopeCode),
						eq(agendaActions.indicatorCode, a.indicatorCode),
						eq(agendaActions.action, a.action)
					)
				)
				.get()!.id;
		if (added) created.push(id);
		tx.insert(agendaActionPanti)
			.values({ agendaActionId: id, pantiId: input.pantiId, assessmentId: input.assessmentId })
			.onConflictDoNothing()
			.run();
		linked.push(id);
	}
	audit(tx, {
		userId: input.actorId,
		action: 'agenda.link',
		entityType: 'panti',
		entityId: input.pantiId,
		after: { assessmentId: input.assessmentId, created, linked: [...new Set(linked)] }
	});
}
