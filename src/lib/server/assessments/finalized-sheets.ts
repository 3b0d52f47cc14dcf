/**
 * Finalized sheets in the batch engine's form (a byte per indicator), stored once at finalization
 * so that analyses over every panti of a region or the nation read one row per assessment instead
 * of re-reading and re-scoring hundreds of score rows each (issues 17 and 20).
 */
import { inArray } from 'drizzle-orm';
import { encodeSheet } from '$lib/domain/engine/batch';
import type { ResolvedInstrument, Sheet } from '$lib/domain/engine';
import type { Queryable } from '../db';
import { finalizedSheets } from '../db/schema';
import { instrumentFor } from '../rubrics/read';
import { finalizedLacking } from './backfill';
import { gradedSheet } from './results';

export function recordFinalizedSheet(
	tx: Queryable,
	assessmentId: number,
	form: ResolvedInstrument,
	sheet: Sheet
): void {
	tx.insert(finalizedSheets)
		.values({ assessmentId, levels: Buffer.from(encodeSheet(form, sheet)) })
		.run();
}

/**
 * Fills the table for assessments finalized before it existed (run at start; a no-op once every
 * finalized assessment has its row). Returns how many were filled.
 */
export function backfillFinalizedSheets(db: Queryable): number {
	const missing = finalizedLacking(db, finalizedSheets, finalizedSheets.assessmentId);
	let filled = 0;
	for (const m of missing) {
		const form = m.type && instrumentFor(db, m.iv, m.type);
		if (!form) continue;
		recordFinalizedSheet(db, m.id, form, gradedSheet(db, m.id).sheet);
		filled++;
	}
	return filled;
}

/** The stored bytes of these assessments (finalized ones only have a row). */
export function finalizedLevels(db: Queryable, ids: readonly number[]): Map<number, Uint8Array> {
	const out = new Map<number, Uint8Array>();
	// SQLite binds at most 32,766 variables: read in chunks.
	for (let k = 0; k < ids.length; k += 10_000)
		for (const r of db
			.select()
			.from(finalizedSheets)
			.where(inArray(finalizedSheets.assessmentId, ids.slice(k, k + 10_000)))
			.all())
			out.set(r.assessmentId, new Uint8Array(r.levels));
	return out;
}
