/**
 * The records a review leaves (design.md §7): the consolidated sheet at each submission and each
 * return with its comments. Both tables are append-only (migration 0006 refuses updates).
 */
import { desc, eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import type { ReturnComments, SubmittedSheet } from '$lib/domain/assessment/review';
import type { Sheet } from '$lib/domain/engine';
import { audit } from '../audit';
import type { Queryable, Tx } from '../db';
import { assessmentReturns, assessmentSubmissions, users } from '../db/schema';

/** The graded sheet with its notes, as a submission snapshot keeps it. */
export function submittedSheet(sheet: Sheet, notes: ReadonlyMap<string, string>): SubmittedSheet {
	const out: Record<string, { level: number | null; notApplicable: boolean; note: string }> = {};
	for (const [code, e] of sheet)
		out[code] = { level: e.level, notApplicable: e.notApplicable, note: notes.get(code) ?? '' };
	return out;
}

/** Keeps the sheet as submitted, in the submitting transaction. */
export function recordSubmission(
	tx: Tx,
	assessmentId: number,
	actor: Actor,
	sheet: SubmittedSheet,
	now: Date
): void {
	tx.insert(assessmentSubmissions)
		.values({ assessmentId, submittedBy: actor.id, submittedAt: now.toISOString(), sheet })
		.run();
}

/**
 * Keeps a return with its comments, in the returning transaction, and audits the comments (the
 * reason is already in the status change's audit entry).
 */
export function recordReturn(
	tx: Tx,
	assessmentId: number,
	actor: Actor,
	reason: string,
	comments: ReturnComments,
	now: Date
): void {
	tx.insert(assessmentReturns)
		.values({ assessmentId, returnedBy: actor.id, returnedAt: now.toISOString(), reason, comments })
		.run();
	audit(tx, {
		userId: actor.id,
		action: 'assessment.return',
		entityType: 'assessment',
		entityId: assessmentId,
		before: null,
		after: { comments }
	});
}

/** The latest return of an assessment (who, when, reason, comments), or null if never returned. */
export function latestReturn(db: Queryable, assessmentId: number) {
	return (
		db
			.select({
				reason: assessmentReturns.reason,
				comments: assessmentReturns.comments,
				returnedAt: assessmentReturns.returnedAt,
				returnedByName: users.name
			})
			.from(assessmentReturns)
			.innerJoin(users, eq(users.id, assessmentReturns.returnedBy))
			.where(eq(assessmentReturns.assessmentId, assessmentId))
			.orderBy(desc(assessmentReturns.id))
			.get() ?? null
	);
}

/** The last two submissions, newest first: what "what changed" compares. */
export function lastSubmissions(db: Queryable, assessmentId: number) {
	return db
		.select({
			id: assessmentSubmissions.id,
			sheet: assessmentSubmissions.sheet,
			submittedAt: assessmentSubmissions.submittedAt
		})
		.from(assessmentSubmissions)
		.where(eq(assessmentSubmissions.assessmentId, assessmentId))
		.orderBy(desc(assessmentSubmissions.id))
		.limit(2)
		.all();
}
