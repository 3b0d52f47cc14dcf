import { and, asc, desc, eq, exists, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '$lib/domain/access';
import { ASSESSMENT_STATUSES } from '$lib/domain/assessment/status';
import {
	ASSESSMENT_SORTS,
	urgencyOrder,
	type AssessmentSort
} from '$lib/domain/assessment/urgency';
import type { Queryable } from '../db';
import { assessments, assessmentTeam, conflictDeclarations, panti, regions } from '../db/schema';
import { pantiScope } from '../scope';

export const LIST_LIMIT = 200;

/** The Penilaian list's query string; unknown values are dropped so a stale bookmark still works. */
const filterSchema = z.object({
	q: z.string().trim().max(100).optional().catch(undefined),
	status: z.enum(ASSESSMENT_STATUSES).optional().catch(undefined),
	sort: z.enum(ASSESSMENT_SORTS).optional().catch(undefined)
});
export type AssessmentFilters = z.infer<typeof filterSchema>;

export function parseAssessmentFilters(params: URLSearchParams): AssessmentFilters {
	return filterSchema.parse(Object.fromEntries([...params].filter(([, v]) => v.trim() !== '')));
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);

/** Undated assessments after dated ones, whatever the direction. */
const undatedLast = sql`${assessments.plannedDate} is null`;

function orderFor(actor: Actor, sort: AssessmentSort): SQL[] {
	if (sort === 'terbaru') return [desc(assessments.updatedAt), desc(assessments.id)];
	if (sort === 'jadwal') return [undatedLast, asc(assessments.plannedDate), desc(assessments.id)];
	const rank = sql.join(
		urgencyOrder(actor.role).map((s, i) => sql`when ${s} then ${i}`),
		sql` `
	);
	// Open work by the nearest date; finalized ones are history, the most recent first.
	return [
		sql`case ${assessments.status} ${rank} end`,
		undatedLast,
		sql`case when ${assessments.status} = 'finalized' then null else ${assessments.plannedDate} end asc`,
		desc(assessments.plannedDate),
		desc(assessments.id)
	];
}

/**
 * Assessments the actor may see: an assessor only those whose team they are on; everyone else
 * those of the panti in their scope. `pantiId` narrows to one panti (its page); `q`, `status` and
 * `sort` are the list's filters (by default the most recently changed first).
 */
export function listAssessments(
	db: Queryable,
	actor: Actor,
	options: AssessmentFilters & { pantiId?: number } = {}
) {
	const onTeam = exists(
		db
			.select({ one: sql`1` })
			.from(assessmentTeam)
			.where(
				and(eq(assessmentTeam.assessmentId, assessments.id), eq(assessmentTeam.userId, actor.id))
			)
	);
	return db
		.select({
			id: assessments.id,
			kind: assessments.kind,
			status: assessments.status,
			plannedDate: assessments.plannedDate,
			grade: assessments.grade,
			certificateNumber: assessments.certificateNumber,
			revokedAt: assessments.revokedAt,
			pantiId: panti.id,
			pantiName: panti.name,
			regionName: regions.name,
			/** An assessor on a visit's team who has not declared no conflict of interest yet. */
			mustDeclare: (actor.role === 'asesor'
				? sql<boolean>`${assessments.kind} = 'visit' and not exists (
					select 1 from ${conflictDeclarations} d
					where d.assessment_id = ${assessments.id} and d.user_id = ${actor.id} and d.grounds = '[]'
				)`
				: sql<boolean>`0`
			).mapWith(Boolean)
		})
		.from(assessments)
		.innerJoin(panti, eq(panti.id, assessments.pantiId))
		.innerJoin(regions, eq(regions.code, panti.regionCode))
		.where(
			and(
				actor.role === 'asesor' ? onTeam : pantiScope(actor),
				options.pantiId === undefined ? undefined : eq(assessments.pantiId, options.pantiId),
				options.q ? sql`${panti.name} like ${`%${escapeLike(options.q)}%`} escape '\\'` : undefined,
				options.status ? eq(assessments.status, options.status) : undefined
			)
		)
		.orderBy(...orderFor(actor, options.sort ?? 'terbaru'))
		.limit(LIST_LIMIT)
		.all();
}
