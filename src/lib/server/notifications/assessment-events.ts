/**
 * The notices of an assessment's workflow (issue 19), written in the transaction that changes its
 * status: submitted → the Dinas over the panti; returned → the team, with the reason; finalized →
 * the panti head and the team; certificate revoked → the head, the Dinas and the team. Only
 * visits tell anyone: a self-assessment is the head's own work, and ends with them.
 */
import { eq } from 'drizzle-orm';
import type { NoticeEvent } from '$lib/domain/notifications/rules';
import type { Queryable } from '../db';
import { assessments, assessmentTeam } from '../db/schema';
import { mailConfig } from '../mail/config';
import { notify, pantiRef } from './notify';

function eventOf(tx: Queryable, id: number, at: string): NoticeEvent | null {
	const a = tx.select().from(assessments).where(eq(assessments.id, id)).get();
	if (!a || a.kind !== 'visit') return null;
	const teamIds = tx
		.select({ userId: assessmentTeam.userId })
		.from(assessmentTeam)
		.where(eq(assessmentTeam.assessmentId, id))
		.all()
		.map((m) => m.userId);
	const panti = pantiRef(tx, a.pantiId);
	const assessmentId = id;
	if (a.revokedAt)
		return {
			kind: 'certificate-revoked',
			assessmentId,
			panti,
			teamIds,
			reason: a.revokeReason ?? '',
			at: a.revokedAt
		};
	switch (a.status) {
		case 'submitted':
			return { kind: 'submitted', assessmentId, panti, at };
		case 'returned':
			return { kind: 'returned', assessmentId, panti, teamIds, reason: a.returnReason ?? '', at };
		case 'finalized':
			return a.grade
				? {
						kind: 'finalized',
						assessmentId,
						panti,
						teamIds,
						grade: a.grade,
						validUntil: a.validUntil
					}
				: null;
		default:
			return null;
	}
}

/** Tells whoever must know of the status an assessment has just taken (or its revocation). */
export function tellAssessmentChange(tx: Queryable, assessmentId: number, now: Date): void {
	const event = eventOf(tx, assessmentId, now.toISOString());
	if (event) notify(tx, event, mailConfig(), now);
}
