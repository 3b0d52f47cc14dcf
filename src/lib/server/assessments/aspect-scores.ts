/**
 * The per-aspect percentages of finalized assessments, stored once at finalization so that
 * dashboards and comparisons at national scale read a few rows instead of re-scoring sheets.
 */
import { and, eq, notExists, sql } from 'drizzle-orm';
import type { PantiType } from '$lib/domain/panti-types';
import { scoreSheet, type ScoreResult } from '$lib/domain/engine/scoring';
import type { Queryable } from '../db';
import { assessmentAspectScores, assessments, panti } from '../db/schema';
import { formFor } from '../rubrics/read';
import { gradedSheet } from './results';

export function recordAspectScores(tx: Queryable, assessmentId: number, score: ScoreResult): void {
	for (const a of score.aspects)
		tx.insert(assessmentAspectScores)
			.values({ assessmentId, part: a.part, aspectCode: a.code, title: a.title, pct: a.pct })
			.run();
}

/**
 * Fills the table for finalized assessments made before it existed (run at start; a no-op once
 * every finalized assessment has its rows).
 */
export function backfillAspectScores(db: Queryable): number {
	const missing = db
		.select({ id: assessments.id, iv: assessments.instrumentVersionId, type: panti.type })
		.from(assessments)
		.innerJoin(panti, eq(panti.id, assessments.pantiId))
		.where(
			and(
				eq(assessments.status, 'finalized'),
				notExists(
					db
						.select({ one: sql`1` })
						.from(assessmentAspectScores)
						.where(eq(assessmentAspectScores.assessmentId, assessments.id))
				)
			)
		)
		.all();
	for (const m of missing) {
		const form = formFor(db, m.iv, m.type as PantiType);
		if (!form) continue;
		recordAspectScores(db, m.id, scoreSheet(form, gradedSheet(db, m.id).sheet));
	}
	return missing.length;
}
