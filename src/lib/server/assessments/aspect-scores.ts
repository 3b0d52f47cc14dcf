/**
 * The per-aspect percentages of finalized assessments, stored once at finalization so that
 * dashboards and comparisons at national scale read a few rows instead of re-scoring sheets.
 */
import { type ScoreResult, scoreSheet } from '$lib/domain/engine';
import type { Queryable } from '../db';
import { assessmentAspectScores } from '../db/schema';
import { instrumentFor } from '../rubrics/read';
import { finalizedLacking } from './backfill';
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
	const missing = finalizedLacking(db, assessmentAspectScores, assessmentAspectScores.assessmentId);
	for (const m of missing) {
		const form = m.type && instrumentFor(db, m.iv, m.type);
		if (!form) continue;
		recordAspectScores(db, m.id, scoreSheet(form, gradedSheet(db, m.id).sheet));
	}
	return missing.length;
}
