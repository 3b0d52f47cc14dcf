/**
 * Updating one agenda action: owner, due date, status, progress note, under the same rules as an
 * improvement action (saveTrackedAction). Only the office that keeps the agenda updates it
 * (agendaRights); the action must be on that agenda. Checked here, not only in the page, so a
 * hand-made POST meets the same refusals as the form.
 */
import { and, eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import type { Db, Queryable } from '../db';
import { agendaActions, users } from '../db/schema';
import {
	saveTrackedAction,
	type ActionUpdateRequest,
	type ActionUpdateResult,
	storedOf,
	type StoredAction
} from '../plans/save-action';
import { agendaScope } from './access';

function storedAction(db: Queryable, scopeCode: string, actionId: number): StoredAction | null {
	const row = db
		.select({ x: agendaActions, updatedByName: users.name })
		.from(agendaActions)
		.leftJoin(users, eq(users.id, agendaActions.updatedBy))
		.where(and(eq(agendaActions.id, actionId), eq(agendaActions.scopeCode, scopeCode)))
		.get();
	return row ? storedOf(row.x, row.updatedByName) : null;
}

/**
 * Saves one action of the agenda `scopeCode`: not found when the actor may not read that agenda or
 * the action is not on it, forbidden when the actor only reads it (a province Dinas following one
 * of its kab/kota, admin a regional agenda).
 */
export function updateAgendaAction(
	db: Db,
	actor: Actor,
	scopeCode: string,
	request: ActionUpdateRequest,
	now: Date
): ActionUpdateResult {
	const scope = agendaScope(db, actor, scopeCode);
	if (!scope) return { ok: false, reason: 'not_found' };
	if (!scope.canEdit) return { ok: false, reason: 'forbidden' };
	const { actionId } = request;
	return saveTrackedAction(
		db,
		actor,
		{
			read: (tx) => storedAction(tx, scopeCode, actionId),
			write: (tx, set, version) =>
				tx
					.update(agendaActions)
					.set(set)
					.where(and(eq(agendaActions.id, actionId), eq(agendaActions.version, version)))
					.returning({ id: agendaActions.id })
					.get() !== undefined,
			auditAction: 'agenda.action.update',
			entityType: 'agenda_action'
		},
		request,
		now
	);
}
