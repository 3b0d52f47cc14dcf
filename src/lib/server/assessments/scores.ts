import { and, eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import type { ResolvedInstrument } from '$lib/domain/engine';
import type { ScoreRequest, StoredScore } from '$lib/score-api';
import { audit } from '../audit';
import type { Db, Queryable } from '../db';
import { assessments, itemScores, users } from '../db/schema';
import { isOpenStatus, statusOf, type AssessmentAccess } from './access';

export type ScoreInput = Readonly<ScoreRequest>;

export type SaveScoreResult =
	| { ok: true; version: number; updatedAt: string }
	| { ok: false; reason: 'forbidden' | 'unknown_indicator' }
	| { ok: false; reason: 'invalid'; message: string }
	| { ok: false; reason: 'stale'; current: StoredScore };

export function readScore(
	db: Queryable,
	assessmentId: number,
	assessorId: number,
	code: string
): StoredScore | null {
	const row = db
		.select({
			level: itemScores.level,
			notApplicable: itemScores.notApplicable,
			note: itemScores.note,
			version: itemScores.version,
			updatedAt: itemScores.updatedAt,
			updatedByName: users.name
		})
		.from(itemScores)
		.innerJoin(users, eq(users.id, itemScores.updatedBy))
		.where(
			and(
				eq(itemScores.assessmentId, assessmentId),
				eq(itemScores.assessorId, assessorId),
				eq(itemScores.indicatorCode, code)
			)
		)
		.get();
	return row ?? null;
}

/** Every score on one assessor's sheet, by indicator code. */
export function readSheet(db: Queryable, assessmentId: number, assessorId: number) {
	return db
		.select({
			code: itemScores.indicatorCode,
			level: itemScores.level,
			notApplicable: itemScores.notApplicable,
			note: itemScores.note,
			version: itemScores.version
		})
		.from(itemScores)
		.where(and(eq(itemScores.assessmentId, assessmentId), eq(itemScores.assessorId, assessorId)))
		.all();
}

/**
 * Saves one score on the actor's own sheet with optimistic concurrency: the write only lands if
 * the client saw the current version; otherwise the newer stored value (and who wrote it) comes
 * back and nothing changes. Every accepted save is audited, in the same transaction.
 */
export function saveScore(
	db: Db,
	actor: Actor,
	access: AssessmentAccess,
	form: ResolvedInstrument,
	input: ScoreInput,
	now: Date
): SaveScoreResult {
	if (!access.canScore) return { ok: false, reason: 'forbidden' };
	const i = form.byCode.get(input.code);
	if (i === undefined) return { ok: false, reason: 'unknown_indicator' };
	const ind = form.indicators[i]!;
	if (input.notApplicable && !ind.indicator.allowNA)
		return { ok: false, reason: 'invalid', message: 'Indikator ini tidak boleh ditandai N/A.' };
	if (
		!input.notApplicable &&
		input.level !== null &&
		!(Number.isInteger(input.level) && input.level >= 0 && input.level <= ind.max)
	)
		return { ok: false, reason: 'invalid', message: `Level harus 0 sampai ${ind.max}.` };
	const assessmentId = access.assessment.id;
	const stamp = now.toISOString();
	return db.transaction((tx) => {
		// Re-read the status inside the transaction: a submit may have frozen the sheets meanwhile.
		const status = statusOf(tx, assessmentId);
		if (!isOpenStatus(status)) return { ok: false, reason: 'forbidden' } as const;
		const current = readScore(tx, assessmentId, actor.id, input.code);
		if ((current?.version ?? 0) !== input.version)
			return { ok: false, reason: 'stale', current: current! } as const;
		const values = {
			level: input.notApplicable ? null : input.level,
			notApplicable: input.notApplicable,
			note: input.note,
			version: input.version + 1,
			updatedBy: actor.id,
			updatedAt: stamp
		};
		if (current)
			tx.update(itemScores)
				.set(values)
				.where(
					and(
						eq(itemScores.assessmentId, assessmentId),
						eq(itemScores.assessorId, actor.id),
						eq(itemScores.indicatorCode, input.code)
					)
				)
				.run();
		else
			tx.insert(itemScores)
				.values({ assessmentId, assessorId: actor.id, indicatorCode: input.code, ...values })
				.run();
		audit(tx, {
			userId: actor.id,
			action: 'score.save',
			entityType: 'assessment',
			entityId: assessmentId,
			before: current
				? {
						code: input.code,
						level: current.level,
						notApplicable: current.notApplicable,
						note: current.note
					}
				: { code: input.code },
			after: {
				code: input.code,
				level: values.level,
				notApplicable: values.notApplicable,
				note: values.note
			}
		});
		if (access.assessment.status === 'draft') {
			tx.update(assessments)
				.set({ status: 'in_progress', updatedAt: stamp })
				.where(and(eq(assessments.id, assessmentId), eq(assessments.status, 'draft')))
				.run();
			audit(tx, {
				userId: actor.id,
				action: 'assessment.status',
				entityType: 'assessment',
				entityId: assessmentId,
				before: { status: 'draft' },
				after: { status: 'in_progress' }
			});
		}
		return { ok: true, version: values.version, updatedAt: stamp } as const;
	});
}
