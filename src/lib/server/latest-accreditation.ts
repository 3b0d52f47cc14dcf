/**
 * A panti's accreditation rests on its latest finalized, unrevoked visit. One definition for the
 * registry, the dashboard and the comparison; `assessments_latest_visit_idx` answers it with one
 * index probe per panti, so a scope of 627 panti costs a fraction of the national 10,000.
 */
import { sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { assessments, panti } from './db/schema';

/**
 * Correlated on the outer `panti` row: `column` (an expression over `a`) of its latest valid
 * accreditation, or null. The pure twin for a history already read is `latestAccreditation` in
 * $lib/domain/accreditation.
 */
export function latestAccreditationOf(column: SQL): SQL {
	return sql`(select ${column} from assessments a
	where a.panti_id = ${panti.id} and a.kind = 'visit' and a.status = 'finalized'
	and a.revoked_at is null order by a.finalized_at desc, a.id desc limit 1)`;
}

/** The id of the outer panti's latest valid accreditation, or null. */
export const LATEST_ACCREDITATION_ID = latestAccreditationOf(sql`a.id`);

/** The assessments table under another name, to left-join as a panti's latest accreditation. */
export const latest = alias(assessments, 'latest');
