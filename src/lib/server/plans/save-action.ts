/**
 * The follow-up save shared by an improvement action (a panti's plan) and an agenda action (a
 * Dinas's agenda): the same form, the same rules. The caller has checked the actor's rights; here
 * the input is parsed with the shared schema and, in one transaction, the rights are checked again,
 * the version compared (optimistic concurrency: a stale edit is refused with the stored values,
 * never written over them), the changed fields written and audited before → after. Saving an
 * unchanged form writes nothing.
 */
import type { Actor } from '$lib/domain/access';
import { fieldErrors } from '$lib/domain/input/form-fields';
import { changedFields, planActionSchema, type PlanActionInput } from '$lib/domain/plan/form';
import { audit } from '../audit';
import type { Db, Queryable } from '../db';

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

/** A stored action row (plan or agenda) as a stale form is shown it, with who saved it last. */
export function storedOf(
	x: Omit<StoredAction, 'updatedByName'>,
	updatedByName: string | null
): StoredAction {
	const { owner, dueDate, status, progressNote, version, updatedAt } = x;
	return { owner, dueDate, status, progressNote, version, updatedAt, updatedByName };
}

export type ActionUpdateResult =
	| { ok: true; changed: boolean }
	| { ok: false; reason: 'not_found' }
	| { ok: false; reason: 'forbidden' }
	| { ok: false; reason: 'superseded' }
	| { ok: false; reason: 'invalid'; errors: Record<string, string[]> }
	| { ok: false; reason: 'stale'; current: StoredAction };

/** Where one kind of tracked action lives: how to re-check, read and write it. */
export interface TrackedActionStore {
	/** Inside the transaction: a refusal when the rights or the container changed meanwhile. */
	recheck?(tx: Queryable): ActionUpdateResult | null;
	/** The action as stored, or null when it is not in the container the actor may edit. */
	read(tx: Queryable): StoredAction | null;
	/** Writes the changed fields if the version is still `version`; false if someone got there first. */
	write(tx: Queryable, set: Partial<PlanActionInput> & TrackedStamp, version: number): boolean;
	/** The audit entry's action and entity type, e.g. `plan.action.update`, `improvement_action`. */
	readonly auditAction: string;
	readonly entityType: string;
}

export interface TrackedStamp {
	readonly version: number;
	readonly updatedBy: number;
	readonly updatedAt: string;
}

export function saveTrackedAction(
	db: Db,
	actor: Actor,
	store: TrackedActionStore,
	request: ActionUpdateRequest,
	now: Date
): ActionUpdateResult {
	const parsed = planActionSchema.safeParse(request.fields);
	if (!parsed.success) return { ok: false, reason: 'invalid', errors: fieldErrors(parsed.error) };
	const input = parsed.data;
	return db.transaction((tx): ActionUpdateResult => {
		const refused = store.recheck?.(tx);
		if (refused) return refused;
		const before = store.read(tx);
		if (!before) return { ok: false, reason: 'not_found' };
		if (before.version !== request.version) return { ok: false, reason: 'stale', current: before };
		const diff = changedFields(before, input);
		if (Object.keys(diff.after).length === 0) return { ok: true, changed: false };
		const stamp = {
			version: request.version + 1,
			updatedBy: actor.id,
			updatedAt: now.toISOString()
		};
		if (!store.write(tx, { ...diff.after, ...stamp }, request.version))
			return { ok: false, reason: 'stale', current: before };
		audit(tx, {
			userId: actor.id,
			action: store.auditAction,
			entityType: store.entityType,
			entityId: request.actionId,
			before: diff.before,
			after: diff.after
		});
		return { ok: true, changed: true };
	});
}
