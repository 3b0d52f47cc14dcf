import { and, desc, eq, exists, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import type { Queryable } from '../db';
import { assessments, assessmentTeam, conflictDeclarations, panti, regions } from '../db/schema';
import { pantiScope } from '../scope';

/**
 * Assessments the actor may see: an assessor only those whose team they are on; everyone else
 * those of the panti in their scope. `pantiId` narrows to one panti (its page).
 */
export function listAssessments(db: Queryable, actor: Actor, options: { pantiId?: number } = {}) {
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
				options.pantiId === undefined ? undefined : eq(assessments.pantiId, options.pantiId)
			)
		)
		.orderBy(desc(assessments.updatedAt))
		.limit(200)
		.all();
}
