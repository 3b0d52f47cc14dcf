/**
 * Updating one improvement action: owner, due date, status, progress note. Every rule is checked
 * here (not only in the page), so a hand-made POST meets the same refusals as the form.
 */
import { and, eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import { fieldErrors } from '$lib/domain/input/form-fields';
import { changedFields, planActionSchema } from '$lib/domain/plan/form';
import { audit } from '../audit';
import type { Db, Queryable } from '../db';
import { improvementActions, users } from '../db/schema';
import { planAccess } from './access';

/** What the form posts, as strings (or absent); parsed here with the shared schema. */
export interface ActionUpdateRequest {
	readonly actionId: number;
	/** The version the editor saw: a newer stored version means someone else saved first. */
	readonly version: number;
	readonly fields: Readonly<Record<'owner' | 'dueDate' | 'status' | 'progressNote', unknown>>;
}

/** The stored action as shown in a conflict: the values that won and who wrote them. */
export interface StoredAction {
	readonly owner: string;
	readonly dueDate: string | null;
	readonly status: 'belum' | 'proses' | 'selesai';
	readonly progressNote: string;
	readonly version: number;
	readonly updatedAt: string;
	readonly updatedByName: string | null;
}

export type ActionUpdateResult =
	| { ok: true; changed: boolean }
	| { ok: false; reason: 'not_found' }
	| { ok: false; reason: 'forbidden' }
	| { ok: false; reason: 'superseded' }
	| { ok: false; reason: 'invalid'; errors: Record<string, string[]> }
	| { ok: false; reason: 'stale'; current: StoredAction };

function storedAction(db: Queryable, planId: number, actionId: number): StoredAction | null {
	const row = db
		.select({ x: improvementActions, updatedByName: users.name })
		.from(improvementActions)
		.leftJoin(users, eq(users.id, improvementActions.updatedBy))
		.where(and(eq(improvementActions.id, actionId), eq(improvementActions.planId, planId)))
		.get();
	if (!row) return null;
	const { owner, dueDate, status, progressNote, version, updatedAt } = row.x;
	return {
		owner,
		dueDate,
		status,
		progressNote,
		version,
		updatedAt,
		updatedByName: row.updatedByName
	};
}

/**
 * Saves one action if the actor may edit the plan, the plan is still current, the input is valid
 * and `version` is still the stored one (optimistic concurrency: a stale edit is refused with the
 * stored values, never written over them). The change and its audit entry (changed fields only,
 * before → after) commit together. Saving an unchanged form writes nothing.
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
	const parsed = planActionSchema.safeParse(request.fields);
	if (!parsed.success) return { ok: false, reason: 'invalid', errors: fieldErrors(parsed.error) };
	const input = parsed.data;
	return db.transaction((tx): ActionUpdateResult => {
		// Re-read inside the transaction: a plan superseded or an action saved a moment ago counts.
		const again = planAccess(tx, actor, planId);
		if (!again) return { ok: false, reason: 'not_found' };
		if (!again.canEdit) return { ok: false, reason: 'superseded' };
		const before = storedAction(tx, planId, request.actionId);
		if (!before) return { ok: false, reason: 'not_found' };
		if (before.version !== request.version) return { ok: false, reason: 'stale', current: before };
		const diff = changedFields(before, input);
		if (Object.keys(diff.after).length === 0) return { ok: true, changed: false };
		const updated = tx
			.update(improvementActions)
			.set({
				...diff.after,
				version: request.version + 1,
				updatedBy: actor.id,
				updatedAt: now.toISOString()
			})
			.where(
				and(
					eq(improvementActions.id, request.actionId),
					eq(improvementActions.version, request.version)
				)
			)
			.returning({ id: improvementActions.id })
			.get();
		if (!updated) return { ok: false, reason: 'stale', current: before };
		audit(tx, {
			userId: actor.id,
			action: 'plan.action.update',
			entityType: 'improvement_action',
			entityId: request.actionId,
			before: diff.before,
			after: diff.after
		});
		return { ok: true, changed: true };
	});
}
