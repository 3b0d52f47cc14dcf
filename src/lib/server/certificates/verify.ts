/**
 * Public certificate verification: anyone holding a code learns whether the certificate is
 * genuine and in force, and nothing else about the assessment (no scores, no team, no address,
 * and not why it was revoked: that is for the Dinas and admin, on the assessment page).
 */
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import {
	certificateStatus,
	isVerificationCode,
	normalizeVerificationCode,
	type CertificateStatus
} from '$lib/domain/assessment/certificate-status';
import { GRADE_LABELS, type Grade } from '$lib/domain/rubric/vocabulary';
import { zoneOfRegion, type Zone } from '$lib/domain/time-zone';
import type { Queryable } from '../db';
import { assessments, panti, regions } from '../db/schema';

/** Grades that carry a certificate; TT never does. */
const CERTIFIED: Grade[] = ['A', 'B', 'C'];

export interface PublicCertificate {
	readonly pantiName: string;
	/** Kab/kota of the panti. */
	readonly regionName: string;
	readonly grade: Grade;
	readonly gradeLabel: string;
	readonly certificateNumber: string;
	/** ISO timestamp of finalization (the issue date). */
	readonly issuedAt: string;
	/** `YYYY-MM-DD`, the last day the certificate is in force. */
	readonly validUntil: string;
	readonly status: CertificateStatus;
	readonly revokedAt: string | null;
	/** The panti's time zone: its dates and its "today" are read there. */
	readonly zone: Zone;
	/** `YYYY-MM-DD` in that zone: the day the status holds for. */
	readonly today: string;
}

/**
 * The public view of the certificate with this code, or null. The code is normalized first;
 * anything that cannot be a code answers null without touching the database, so a malformed
 * code and an unknown one look the same. `today` gives `YYYY-MM-DD` in a zone: the status is
 * judged on the panti's own calendar (a WITA certificate ends at midnight WITA).
 */
export function findCertificate(
	db: Queryable,
	rawCode: string,
	today: (zone: Zone) => string
): PublicCertificate | null {
	const code = normalizeVerificationCode(rawCode);
	if (!isVerificationCode(code)) return null;
	const row = db
		.select({
			pantiName: panti.name,
			regionName: regions.name,
			regionCode: panti.regionCode,
			identity: assessments.pantiSnapshot,
			grade: assessments.grade,
			certificateNumber: assessments.certificateNumber,
			issuedAt: assessments.finalizedAt,
			validUntil: assessments.validUntil,
			revokedAt: assessments.revokedAt
		})
		.from(assessments)
		.innerJoin(panti, eq(panti.id, assessments.pantiId))
		.innerJoin(regions, eq(regions.code, panti.regionCode))
		.where(
			and(
				eq(assessments.verificationCode, code),
				// Belt and braces: only finalized visits issue codes, but never vouch for anything else.
				eq(assessments.kind, 'visit'),
				eq(assessments.status, 'finalized'),
				inArray(assessments.grade, CERTIFIED),
				isNotNull(assessments.certificateNumber),
				isNotNull(assessments.finalizedAt),
				isNotNull(assessments.validUntil)
			)
		)
		.get();
	// The filter above guarantees a grade; the guard tells the compiler.
	if (!row?.grade) return null;
	const grade = row.grade;
	const validUntil = row.validUntil!;
	const zone = zoneOfRegion(row.identity?.regionCode ?? row.regionCode);
	const day = today(zone);
	// The panti as certified (its identity frozen at finalization), not as it is called today.
	return {
		pantiName: row.identity?.name ?? row.pantiName,
		regionName: row.identity?.regionName ?? row.regionName,
		grade,
		gradeLabel: GRADE_LABELS[grade],
		certificateNumber: row.certificateNumber!,
		issuedAt: row.issuedAt!,
		validUntil,
		status: certificateStatus({ validUntil, revokedAt: row.revokedAt }, day),
		revokedAt: row.revokedAt,
		zone,
		today: day
	};
}
