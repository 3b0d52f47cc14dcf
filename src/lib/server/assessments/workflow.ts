/**
 * The assessment workflow (design.md §7): draft → in_progress → submitted → returned | finalized.
 * Every transition is checked against the current status inside its transaction and audited.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import type { AssessmentStatus } from '$lib/domain/assessment-status';
import { VERIFICATION_ALPHABET } from '$lib/domain/certificate-status';
import { addYears } from '$lib/domain/dates';
import type { AssessmentForm } from '$lib/domain/engine/form';
import { analyseGaps } from '$lib/domain/engine/gap';
import { gradeOf, type GradeResult } from '$lib/domain/engine/grading';
import { scoreSheet } from '$lib/domain/engine/scoring';
import { audit } from '../audit';
import type { Db, Queryable } from '../db';
import { todayWib } from '../clock';
import { proposePlan } from '../plans/generate';
import { assessments, assessmentTeam, consolidatedScores, itemScores } from '../db/schema';
import { isOpenStatus, statusOf, type AssessmentAccess } from './access';
import { recordAspectScores } from './aspect-scores';
import { pantiIdentity } from './identity';
import { gradedSheet, sheetOf } from './results';

export type TransitionResult = { ok: true } | { ok: false; message: string };

/** Unguessable verification code: 80 random bits in Crockford-like base32 (16 characters). */
export function verificationCode(): string {
	return [...randomBytes(16)].map((b) => VERIFICATION_ALPHABET[b & 31]).join('');
}

function setStatus(
	tx: Parameters<Parameters<Db['transaction']>[0]>[0],
	actor: Actor,
	id: number,
	from: AssessmentStatus,
	to: AssessmentStatus,
	extra: Record<string, unknown>,
	now: Date
) {
	tx.update(assessments)
		.set({
			status: to,
			updatedAt: now.toISOString(),
			version: sql`${assessments.version} + 1`,
			...extra
		})
		.where(eq(assessments.id, id))
		.run();
	audit(tx, {
		userId: actor.id,
		action: 'assessment.status',
		entityType: 'assessment',
		entityId: id,
		before: { status: from },
		after: { status: to, ...extra }
	});
}

/**
 * The fields every finalization writes: the engine's total and grade with its explanation, and
 * the panti's identity as it is now — what results, documents and the public check show forever.
 */
function resultFields(
	tx: Queryable,
	pantiId: number,
	total: number,
	grade: GradeResult,
	actor: Actor,
	now: Date
) {
	return {
		totalPct: total,
		grade: grade.grade,
		gateExplanation: grade.explanation,
		safeguardingFindings: grade.safeguarding.map((g) => g.code),
		finalizedAt: now.toISOString(),
		finalizedBy: actor.id,
		pantiSnapshot: pantiIdentity(tx, pantiId)
	};
}

/**
 * The lead submits: sheets freeze. A one-person team's sheet becomes the consolidated sheet; a
 * larger team must have consolidated every indicator first. Self-assessments end here, indicative.
 */
export function submit(
	db: Db,
	actor: Actor,
	access: AssessmentAccess,
	form: AssessmentForm,
	now: Date
): TransitionResult {
	if (!access.isLead)
		return { ok: false, message: 'Hanya ketua tim yang dapat mengajukan penilaian.' };
	const id = access.assessment.id;
	return db.transaction((tx) => {
		const status = statusOf(tx, id)!;
		if (!isOpenStatus(status)) return { ok: false, message: 'Penilaian ini sudah diajukan.' };
		const team = tx.select().from(assessmentTeam).where(eq(assessmentTeam.assessmentId, id)).all();
		// A one-person team's own sheet becomes the consolidated one, but only once it is complete:
		// it is graded as it stands, so a refused submission writes nothing.
		const own =
			team.length === 1
				? tx
						.select()
						.from(itemScores)
						.where(and(eq(itemScores.assessmentId, id), eq(itemScores.assessorId, actor.id)))
						.all()
				: null;
		// Otherwise only the consolidated sheet counts (no fallback to the lead's own sheet).
		const { sheet, notes } = own ? sheetOf(own) : gradedSheet(tx, id, { leadFallback: false });
		const score = scoreSheet(form, sheet);
		if (!score.complete) {
			const missing = score.indicatorCount - score.answered - score.notApplicable;
			return {
				ok: false,
				message: own
					? `Masih ada ${missing} butir yang belum dinilai.`
					: `Konsolidasi belum lengkap: ${missing} butir belum ditetapkan.`
			};
		}
		if (own) {
			tx.delete(consolidatedScores).where(eq(consolidatedScores.assessmentId, id)).run();
			for (const s of own)
				tx.insert(consolidatedScores)
					.values({
						assessmentId: id,
						indicatorCode: s.indicatorCode,
						level: s.level,
						notApplicable: s.notApplicable,
						note: s.note,
						updatedBy: actor.id,
						updatedAt: now.toISOString()
					})
					.run();
		}
		if (access.assessment.kind === 'self') {
			const grade = gradeOf(form, score.total!, sheet);
			setStatus(
				tx,
				actor,
				id,
				status,
				'finalized',
				{
					...resultFields(tx, access.assessment.pantiId, score.total!, grade, actor, now),
					submittedAt: now.toISOString()
				},
				now
			);
			recordAspectScores(tx, id, score);
			proposePlan(tx, {
				pantiId: access.assessment.pantiId,
				assessmentId: id,
				indicative: true,
				gaps: analyseGaps(form, sheet, score, notes).items,
				from: todayWib(now),
				actorId: actor.id,
				now
			});
		} else
			setStatus(
				tx,
				actor,
				id,
				status,
				'submitted',
				{ submittedAt: now.toISOString(), returnReason: null },
				now
			);
		return { ok: true };
	});
}

/** A reviewer returns a submitted assessment with a reason the team sees; scoring reopens. */
export function returnForRevision(
	db: Db,
	actor: Actor,
	access: AssessmentAccess,
	reason: string,
	now: Date
): TransitionResult {
	if (!access.canReview)
		return { ok: false, message: 'Anda tidak berwenang meninjau penilaian ini.' };
	const id = access.assessment.id;
	return db.transaction((tx) => {
		const status = statusOf(tx, id)!;
		if (status !== 'submitted')
			return { ok: false, message: 'Hanya penilaian yang sudah diajukan yang dapat dikembalikan.' };
		setStatus(tx, actor, id, status, 'returned', { returnReason: reason }, now);
		return { ok: true };
	});
}

/**
 * A reviewer finalizes: the grade (with the gate explanation), and for grades A–C a certificate
 * number, an unguessable verification code and the valid-until date. Never changes afterwards.
 */
export function finalize(
	db: Db,
	actor: Actor,
	access: AssessmentAccess,
	form: AssessmentForm,
	today: string,
	now: Date
): TransitionResult {
	if (!access.canReview)
		return { ok: false, message: 'Anda tidak berwenang meninjau penilaian ini.' };
	const id = access.assessment.id;
	return db.transaction((tx) => {
		const status = statusOf(tx, id)!;
		if (status !== 'submitted')
			return { ok: false, message: 'Hanya penilaian yang sudah diajukan yang dapat difinalkan.' };
		const { sheet, notes } = gradedSheet(tx, id, { leadFallback: false });
		const score = scoreSheet(form, sheet);
		if (!score.complete || score.total === null)
			return { ok: false, message: 'Penilaian belum lengkap.' };
		const grade = gradeOf(form, score.total, sheet);
		const certified = grade.grade !== 'TT';
		const year = today.slice(0, 4);
		const seq =
			(tx
				.select({ n: sql<number>`count(*)` })
				.from(assessments)
				.where(sql`${assessments.certificateNumber} like ${`SIAP/${year}/%`}`)
				.get()?.n ?? 0) + 1;
		setStatus(
			tx,
			actor,
			id,
			status,
			'finalized',
			{
				...resultFields(tx, access.assessment.pantiId, score.total, grade, actor, now),
				certificateNumber: certified
					? `SIAP/${year}/${access.regionCode}/${String(seq).padStart(5, '0')}`
					: null,
				verificationCode: certified ? verificationCode() : null,
				validUntil: certified ? addYears(today, grade.validityYears) : null
			},
			now
		);
		recordAspectScores(tx, id, score);
		proposePlan(tx, {
			pantiId: access.assessment.pantiId,
			assessmentId: id,
			indicative: false,
			gaps: analyseGaps(form, sheet, score, notes).items,
			from: today,
			actorId: actor.id,
			now
		});
		return { ok: true };
	});
}
