/**
 * Updating one improvement action: owner, due date, status, progress note. Every rule is checked
 * here (not only in the page), so a hand-made POST meets the same refusals as the form.
 */
import { and, eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import type { Db, Queryable } from '../db';
import { improvementActions, users } from '../db/schema';
import { planAccess } from './access';
import {
	saveTrackedAction,
	type ActionUpdateRequest,
	type ActionUpdateResult,
	storedOf,
	type StoredAction
} from './save-action';

export type { ActionUpdateRequest, ActionUpdateResult, StoredAction } from './save-action';

function storedAction(db: Queryable, planId: number, actionId: number): StoredAction | null {
	const row = db
		.select({ x: improvementActions, updatedByName: users.name })
		.from(improvementActions)
		.leftJoin(users, eq(users.id, improvementActions.updatedBy))
		.where(and(eq(improvementActions.id, actionId), eq(improvementActions.planId, planId)))
		.get();
	return row ? storedOf(row.x, row.updatedByName) : null;
}

/**
 * Saves one action if the actor may edit the plan, the plan is still current, the input is valid
 * and `version` is still the stored one (saveTrackedAction: optimistic concurrency, the change and
 * its audit entry committed together).
 */
export function updatePlanAction(
	db: Db,
	actor: Actor,
	planId: number,
	request: ActionUpdateRequest,
	now: Date
): ActionUpdateResult {
	const access = planAccess(db, actor, planId);
	if (!access) return { ok: false, reason: 'not_found' };
	if (!access.mayEdit) return { ok: false, reason: 'forbidden' };
	if (!access.canEdit) return { ok: false, reason: 'superseded' };
	const { actionId } = request;
	return saveTrackedAction(
		db,
		actor,
		{
			// A plan superseded a moment ago counts.
			recheck: (tx) => {
				const again = planAccess(tx, actor, planId);
				if (!again) return { ok: false, reason: 'not_found' };
				return again.canEdit ? null : { ok: false, reason: 'superseded' };
			},
			read: (tx) => storedAction(tx, planId, actionId),
			write: (tx, set, version) =>
				tx
					.update(improvementActions)
					.set(set)
					.where(and(eq(improvementActions.id, actionId), eq(improvementActions.version, version)))
					.returning({ id: improvementActions.id })
					.get() !== undefined,
			auditAction: 'plan.action.update',
			entityType: 'improvement_action'
		},
		request,
		now
	);
}
