/**
 * Tables filled at finalization (aspect scores, compact sheets) are filled at start for the
 * assessments finalized before the table existed: which those are.
 */
import { and, eq, notExists, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Queryable } from '../db';
import { assessments } from '../db/schema';

/** Finalized assessments with no row in `table` (whose `assessmentId` column is given). */
export function finalizedLacking(db: Queryable, table: SQLiteTable, assessmentId: SQLiteColumn) {
	return db
		.select({
			id: assessments.id,
			iv: assessments.instrumentVersionId,
			type: assessments.pantiType
		})
		.from(assessments)
		.where(
			and(
				eq(assessments.status, 'finalized'),
				notExists(
					db
						.select({ one: sql`1` })
						.from(table)
						.where(eq(assessmentId, assessments.id))
				)
			)
		)
		.all();
}
