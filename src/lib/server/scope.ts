import { and, eq, gt, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import { assessments, assessmentTeam, panti } from './db/schema';

/**
 * The SQL twin of `canViewPanti`: a WHERE condition limiting `panti` rows to the actor's scope.
 * Every query that lists or fetches panti goes through it.
 */
export function pantiScope(actor: Actor): SQL {
	switch (actor.role) {
		case 'admin':
			return sql`1 = 1`;
		case 'dinas':
			if (!actor.regionCode) return sql`0 = 1`;
			return or(eq(panti.regionCode, actor.regionCode), regionPrefix(actor.regionCode)) as SQL;
		case 'panti':
			return actor.pantiId === null ? sql`0 = 1` : eq(panti.id, actor.pantiId);
		case 'asesor':
			// Assessors see the panti of the assessments whose team they are on.
			return sql`exists (select 1 from ${assessmentTeam} join ${assessments} on ${assessments.id} = ${assessmentTeam.assessmentId}
				where ${assessments.pantiId} = ${panti.id} and ${assessmentTeam.userId} = ${actor.id})`;
	}
}

export function withScope(actor: Actor, condition?: SQL): SQL {
	return condition ? (and(pantiScope(actor), condition) as SQL) : pantiScope(actor);
}

/**
 * Panti whose region code lies under `code` (`64` → `64.08`, `64.72`, …). A range rather than
 * LIKE: SQLite's case-insensitive LIKE cannot use `panti_region_idx`; '/' sorts right after '.'.
 */
export function regionPrefix(code: string): SQL {
	return and(gt(panti.regionCode, `${code}.`), lt(panti.regionCode, `${code}/`)) as SQL;
}
