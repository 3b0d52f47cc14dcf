/**
 * The assessment workflow (design.md §7): draft → in_progress → submitted → returned | finalized.
 * Every transition is checked against the current status inside its transaction and audited.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import { VERIFICATION_ALPHABET } from '$lib/domain/assessment/certificate-status';
import { missingDecisionMessage } from '$lib/domain/assessment/consolidation';
import { addYears } from '$lib/domain/dates';
import {
	analyseGaps,
	type ResolvedInstrument,
	gradeOf,
	type GradeResult,
	scoreSheet,
	type ScoreResult,
	type Sheet
} from '$lib/domain/engine';
import type { Db, Queryable, Tx } from '../db';
import { todayWib } from '../clock';
import { proposePlan } from '../plans/generate';
import { assessments, assessmentTeam, consolidatedScores, itemScores } from '../db/schema';
import { isOpenStatus, type AssessmentAccess, type AssessmentRow } from './access';
import { finalizeRefusal, type FinalizeDecision } from '$lib/domain/assessment/finalize-check';
import type { ReturnComments } from '$lib/domain/assessment/review';
import { recordReturn, recordSubmission, submittedSheet } from './review';
import { recordAspectScores } from './aspect-scores';
import { signatoryRefusal } from '$lib/domain/users/signatory';
import { signatoryOf } from './signatory';
import { recordFinalizedSheet } from './finalized-sheets';
import { undecided } from './consolidate';
import { pantiIdentity } from './identity';
import { gradedSheet, sheetOf } from './results';
import { runTransition, type TransitionResult } from './transition';

/** Unguessable verification code: 80 random bits in Crockford-like base32 (16 characters). */
export function verificationCode(): string {
	return [...randomBytes(16)].map((b) => VERIFICATION_ALPHABET[b & 31]).join('');
}

const SUBMITTED = (status: AssessmentRow['status']) => status === 'submitted';
const NOT_REVIEWER = 'Anda tidak berwenang meninjau penilaian ini.';
const NO_VISIT_RECORD =
	'Isi catatan kunjungan (tanggal visitasi dan yang hadir) sebelum mengajukan.';

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

interface Outcome {
	readonly access: AssessmentAccess;
	readonly form: ResolvedInstrument;
	readonly sheet: Sheet;
	readonly notes: ReadonlyMap<string, string>;
	readonly score: ScoreResult;
	/** A self-assessment's plan is indicative; a visit's is the one the panti works on. */
	readonly indicative: boolean;
	/** The day the plan's horizons count from. */
	readonly from: string;
	readonly actor: Actor;
	readonly now: Date;
}

/**
 * What a final result leaves behind: its aspect scores, its sheet in the batch engine's form, and
 * the improvement plan it proposes.
 */
function recordOutcome(tx: Tx, o: Outcome): void {
	const id = o.access.assessment.id;
	recordAspectScores(tx, id, o.score);
	recordFinalizedSheet(tx, id, o.form, o.sheet);
	proposePlan(tx, {
		pantiId: o.access.assessment.pantiId,
		assessmentId: id,
		indicative: o.indicative,
		gaps: analyseGaps(o.form, o.sheet, o.score, o.notes).items,
		from: o.from,
		actorId: o.actor.id,
		now: o.now
	});
}

/**
 * The lead submits: sheets freeze. A one-person team's sheet becomes the consolidated sheet; a
 * larger team must have consolidated every indicator first. Self-assessments end here, indicative.
 */
export function submit(
	db: Db,
	actor: Actor,
	access: AssessmentAccess,
	form: ResolvedInstrument,
	now: Date
): TransitionResult {
	if (!access.isLead)
		return { ok: false, message: 'Hanya ketua tim yang dapat mengajukan penilaian.' };
	if (access.assessment.kind === 'visit' && !access.assessment.visitRecord)
		return { ok: false, message: NO_VISIT_RECORD };
	const id = access.assessment.id;
	return runTransition(db, {
		actor,
		id,
		now,
		from: isOpenStatus,
		wrongStatus: 'Penilaian ini sudah diajukan.',
		step: (tx) => {
			const team = tx
				.select()
				.from(assessmentTeam)
				.where(eq(assessmentTeam.assessmentId, id))
				.all();
			// A one-person team's own sheet becomes the consolidated one, but only once it is
			// complete: it is graded as it stands, so a refused submission writes nothing.
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
					message: own
						? `Masih ada ${missing} butir yang belum dinilai.`
						: `Konsolidasi belum lengkap: ${missing} butir belum ditetapkan.`
				};
			}
			const pending = own ? [] : undecided(tx, access, form);
			if (pending.length) return { message: missingDecisionMessage(pending, 'submit') };
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
			// What the reviewer decides on, kept as it was submitted: a resubmission is compared to it.
			const snapshot = (tx: Tx) =>
				recordSubmission(tx, id, actor, submittedSheet(sheet, notes), now);
			if (access.assessment.kind !== 'self')
				return {
					to: 'submitted',
					fields: { submittedAt: now.toISOString(), returnReason: null },
					then: snapshot
				};
			// Self-assessments end here, indicative.
			const grade = gradeOf(form, score.total!, sheet);
			return {
				to: 'finalized',
				fields: {
					...resultFields(tx, access.assessment.pantiId, score.total!, grade, actor, now),
					submittedAt: now.toISOString()
				},
				then: (tx) => {
					snapshot(tx);
					recordOutcome(tx, {
						access,
						form,
						sheet,
						notes,
						score,
						indicative: true,
						from: todayWib(now),
						actor,
						now
					});
				}
			};
		}
	});
}

/**
 * A reviewer returns a submitted assessment with a reason the team sees, and comments at single
 * indicators (already checked against the instrument); scoring reopens. The return is kept.
 */
export function returnForRevision(
	db: Db,
	actor: Actor,
	access: AssessmentAccess,
	reason: string,
	now: Date,
	comments: ReturnComments = {}
): TransitionResult {
	if (!access.canReview) return { ok: false, message: NOT_REVIEWER };
	return runTransition(db, {
		actor,
		id: access.assessment.id,
		now,
		from: SUBMITTED,
		wrongStatus: 'Hanya penilaian yang sudah diajukan yang dapat dikembalikan.',
		step: () => ({
			to: 'returned',
			fields: { returnReason: reason },
			then: (tx) => recordReturn(tx, access.assessment.id, actor, reason, comments, now)
		})
	});
}

/**
 * A reviewer finalizes: the grade (with the gate explanation), and for grades A–C a certificate
 * number, an unguessable verification code and the valid-until date. Never changes afterwards.
 * With a `decision` (what the review page posts), the outcome recomputed here must be the one the
 * reviewer saw, and a grave one must carry the typed confirmation (finalize-check.ts).
 */
export function finalize(
	db: Db,
	actor: Actor,
	access: AssessmentAccess,
	form: ResolvedInstrument,
	today: string,
	now: Date,
	decision?: FinalizeDecision
): TransitionResult {
	if (!access.canReview) return { ok: false, message: NOT_REVIEWER };
	const id = access.assessment.id;
	return runTransition(db, {
		actor,
		id,
		now,
		from: SUBMITTED,
		wrongStatus: 'Hanya penilaian yang sudah diajukan yang dapat difinalkan.',
		step: (tx) => {
			const { sheet, notes } = gradedSheet(tx, id, { leadFallback: false });
			const score = scoreSheet(form, sheet);
			if (!score.complete || score.total === null) return { message: 'Penilaian belum lengkap.' };
			const grade = gradeOf(form, score.total, sheet);
			// The reviewer signs the certificate: their NIP and jabatan are printed under it.
			const signatory = signatoryOf(tx, actor.id);
			const unsigned = signatoryRefusal(signatory);
			if (unsigned) return { message: unsigned };
			if (decision) {
				const version = tx
					.select({ v: assessments.version })
					.from(assessments)
					.where(eq(assessments.id, id))
					.get()!.v;
				const refusal = finalizeRefusal(
					{
						version,
						total: score.total,
						grade: grade.grade,
						safeguardingFindings: grade.safeguarding.length
					},
					decision
				);
				if (refusal) return { message: refusal };
			}
			const certified = grade.grade !== 'TT';
			const year = today.slice(0, 4);
			const seq =
				(tx
					.select({ n: sql<number>`count(*)` })
					.from(assessments)
					.where(sql`${assessments.certificateNumber} like ${`SIAP/${year}/%`}`)
					.get()?.n ?? 0) + 1;
			return {
				to: 'finalized',
				fields: {
					...resultFields(tx, access.assessment.pantiId, score.total, grade, actor, now),
					certificateNumber: certified
						? `SIAP/${year}/${access.regionCode}/${String(seq).padStart(5, '0')}`
						: null,
					verificationCode: certified ? verificationCode() : null,
					validUntil: certified ? addYears(today, grade.validityYears) : null,
					signatory
				},
				then: (tx) =>
					recordOutcome(tx, {
						access,
						form,
						sheet,
						notes,
						score,
						indicative: false,
						from: today,
						actor,
						now
					})
			};
		}
	});
}
