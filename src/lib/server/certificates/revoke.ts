/**
 * Revoking a certificate: the one change the database allows on a finalized assessment (see the
 * `assessments_finalized_immutable` trigger). Admin only, with a reason kept for the accreditation
 * bodies: the public verification page says only that and when.
 */
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '$lib/domain/access';
import { formatDate } from '$lib/domain/format';
import { requiredText } from '$lib/domain/input/form-fields';
import { tellAssessmentChange } from '../notifications/assessment-events';
import { audit } from '../audit';
import type { Db } from '../db';
import { assessments } from '../db/schema';
import type { AssessmentAccess } from '../assessments/access';

export type RevokeResult = { ok: true } | { ok: false; message: string };

/** Shown on the public verification page; free text, so hidden characters are stripped. */
export const revokeReasonSchema = requiredText('Alasan pencabutan', 10, 500, {
	multiline: true,
	hidden: 'strip'
});

/** The revoke form: a reason and an explicit confirmation, since revocation cannot be undone. */
export const revokeFormSchema = z.object({
	reason: revokeReasonSchema,
	confirm: z.literal('on', { error: 'Centang konfirmasi untuk mencabut sertifikat.' })
});

/**
 * Sets `revokedAt` and the reason in one update (the trigger refuses any later update of a
 * revoked row), re-reading the row inside the transaction so a concurrent revoke is seen, and
 * audits it in the same transaction.
 */
export function revokeCertificate(
	db: Db,
	actor: Actor,
	access: AssessmentAccess,
	reason: string,
	now: Date
): RevokeResult {
	if (actor.role !== 'admin')
		return { ok: false, message: 'Hanya admin yang dapat mencabut sertifikat.' };
	const parsed = revokeReasonSchema.safeParse(reason);
	if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
	const id = access.assessment.id;
	return db.transaction((tx): RevokeResult => {
		const row = tx
			.select({
				status: assessments.status,
				certificateNumber: assessments.certificateNumber,
				verificationCode: assessments.verificationCode,
				revokedAt: assessments.revokedAt
			})
			.from(assessments)
			.where(eq(assessments.id, id))
			.get();
		if (!row || row.status !== 'finalized' || !row.certificateNumber || !row.verificationCode)
			return { ok: false, message: 'Penilaian ini tidak memiliki sertifikat yang dapat dicabut.' };
		if (row.revokedAt)
			return {
				ok: false,
				message: `Sertifikat ini sudah dicabut pada ${formatDate(row.revokedAt)}.`
			};
		const revokedAt = now.toISOString();
		tx.update(assessments)
			.set({
				revokedAt,
				revokeReason: parsed.data,
				updatedAt: revokedAt,
				version: sql`${assessments.version} + 1`
			})
			.where(eq(assessments.id, id))
			.run();
		audit(tx, {
			userId: actor.id,
			action: 'certificate.revoke',
			entityType: 'assessment',
			entityId: id,
			before: { revokedAt: null },
			after: { revokedAt, reason: parsed.data }
		});
		tellAssessmentChange(tx, id, now);
		return { ok: true };
	});
}
