/**
 * One workflow transition (submit, return, finalize): the status is read and checked inside the
 * transaction, then the new status is written with its fields, the version bumped and the change
 * audited — the same way for every step.
 */
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import { audit } from '../audit';
import { tellAssessmentChange } from '../notifications/assessment-events';
import type { Db, Tx } from '../db';
import { assessments } from '../db/schema';
import { statusOf, type AssessmentRow } from './access';

export type TransitionResult = { ok: true } | { ok: false; message: string };

type Status = AssessmentRow['status'];

/** What a step writes once its checks pass: the new status, the fields that go with it, and after. */
export interface Step {
	readonly to: Status;
	readonly fields?: Partial<typeof assessments.$inferInsert>;
	/** Further writes in the same transaction once the status has changed (aspect scores, a plan). */
	readonly then?: (tx: Tx) => void;
}

/** One workflow step: who takes it on which assessment, from which statuses, and what it writes. */
export interface Transition {
	readonly actor: Actor;
	readonly id: number;
	readonly now: Date;
	readonly from: (status: Status) => boolean;
	/** Said when the assessment is in another status (e.g. someone else got there first). */
	readonly wrongStatus: string;
	readonly step: (tx: Tx) => Step | { readonly message: string };
}

/**
 * Runs a transition in one transaction: reads the status there (so a concurrent step is seen),
 * checks it, then writes the new status with its fields, bumps the version, audits the change and
 * tells whoever must act next.
 */
export function runTransition(db: Db, transition: Transition): TransitionResult {
	const { actor, id, now } = transition;
	return db.transaction((tx) => {
		const from = statusOf(tx, id)!;
		if (!transition.from(from)) return { ok: false, message: transition.wrongStatus };
		const step = transition.step(tx);
		if ('message' in step) return { ok: false, message: step.message };
		const fields = step.fields ?? {};
		tx.update(assessments)
			.set({
				...fields,
				status: step.to,
				updatedAt: now.toISOString(),
				version: sql`${assessments.version} + 1`
			})
			.where(eq(assessments.id, id))
			.run();
		audit(tx, {
			userId: actor.id,
			action: 'assessment.status',
			entityType: 'assessment',
			entityId: id,
			before: { status: from },
			after: { status: step.to, ...fields }
		});
		step.then?.(tx);
		tellAssessmentChange(tx, id, now);
		return { ok: true };
	});
}
