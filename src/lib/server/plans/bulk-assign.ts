/**
 * Assigning an owner and/or a due date to several actions of one plan at once. The same rules as
 * one action's update (planAccess, current plan, zod, optimistic concurrency), all or nothing: if
 * any selected action changed since the page was loaded, or is not on this plan, nothing is
 * written. One transaction; one audit entry per action changed.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import { fieldErrors } from '$lib/domain/input/form-fields';
import { bulkAssignSchema } from '$lib/domain/plan/bulk';
import { audit } from '../audit';
import type { Db } from '../db';
import { improvementActions } from '../db/schema';
import { planAccess } from './access';

export type BulkAssignResult =
	| { ok: true; changed: number }
	| { ok: false; reason: 'not_found' }
	| { ok: false; reason: 'forbidden' }
	| { ok: false; reason: 'superseded' }
	| { ok: false; reason: 'invalid'; errors: Record<string, string[]> }
	/** Actions saved by someone else since the page was loaded (their indicator codes). */
	| { ok: false; reason: 'stale'; codes: string[] };

/** `fields` as posted: `actions` the "id:version" of each selected action. */
export function assignPlanActions(
	db: Db,
	actor: Actor,
	planId: number,
	fields: { actions: unknown; owner: unknown; dueDate: unknown },
	now: Date
): BulkAssignResult {
	const access = planAccess(db, actor, planId);
	if (!access) return { ok: false, reason: 'not_found' };
	if (!access.mayEdit) return { ok: false, reason: 'forbidden' };
	if (!access.canEdit) return { ok: false, reason: 'superseded' };
	const parsed = bulkAssignSchema.safeParse(fields);
	if (!parsed.success) {
		// "actions.0" and "actions" are one field on the page.
		const errors: Record<string, string[]> = {};
		for (const [k, v] of Object.entries(fieldErrors(parsed.error)))
			(errors[k.split('.')[0]!] ??= []).push(...v);
		return { ok: false, reason: 'invalid', errors };
	}
	const { actions, owner, dueDate } = parsed.data;
	const set = { ...(owner !== undefined && { owner }), ...(dueDate !== undefined && { dueDate }) };
	return db.transaction((tx): BulkAssignResult => {
		const again = planAccess(tx, actor, planId);
		if (!again) return { ok: false, reason: 'not_found' };
		if (!again.canEdit) return { ok: false, reason: 'superseded' };
		const stored = new Map(
			tx
				.select()
				.from(improvementActions)
				.where(
					and(
						eq(improvementActions.planId, planId),
						inArray(
							improvementActions.id,
							actions.map((a) => a.id)
						)
					)
				)
				.all()
				.map((row) => [row.id, row])
		);
		// An id from another plan is as unknown here as one that does not exist.
		if (stored.size !== actions.length) return { ok: false, reason: 'not_found' };
		const stale = actions.filter((a) => stored.get(a.id)!.version !== a.version);
		if (stale.length)
			return {
				ok: false,
				reason: 'stale',
				codes: stale.map((a) => stored.get(a.id)!.indicatorCode)
			};
		let changed = 0;
		for (const a of actions) {
			const before = stored.get(a.id)!;
			const diff = Object.entries(set).filter(([k, v]) => before[k as keyof typeof set] !== v) as [
				keyof typeof set,
				string
			][];
			if (diff.length === 0) continue;
			const after = Object.fromEntries(diff);
			tx.update(improvementActions)
				.set({
					...after,
					version: a.version + 1,
					updatedBy: actor.id,
					updatedAt: now.toISOString()
				})
				.where(and(eq(improvementActions.id, a.id), eq(improvementActions.version, a.version)))
				.run();
			audit(tx, {
				userId: actor.id,
				action: 'plan.action.update',
				entityType: 'improvement_action',
				entityId: a.id,
				before: Object.fromEntries(diff.map(([k]) => [k, before[k]])),
				after
			});
			changed++;
		}
		return { ok: true, changed };
	});
}
