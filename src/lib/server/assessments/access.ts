import { and, desc, eq } from 'drizzle-orm';
import { assessmentInScope, mayReview, type Actor } from '$lib/domain/access';
import type { AssessmentStatus, TeamRole } from '$lib/domain/assessment/status';
import type { PantiType } from '$lib/domain/panti/types';
import type { Queryable } from '../db';
import { assessments, assessmentTeam, conflictDeclarations, panti } from '../db/schema';

export type AssessmentRow = typeof assessments.$inferSelect;

export interface AssessmentAccess {
	readonly assessment: AssessmentRow;
	/** As shown with this assessment: the name frozen at finalization, else the current one. */
	readonly pantiName: string;
	/** The type the assessment was created for: with its instrument, it decides what is scored. */
	readonly pantiType: PantiType;
	/** The panti's region now: scope (who may see it) follows the panti as it is. */
	readonly regionCode: string;
	/** The actor's team role, if on the team and still of the role the team was chosen for. */
	readonly teamRole: TeamRole | null;
	/**
	 * A visit's team member who has not yet declared no conflict of interest with the panti: they
	 * must, before scoring (conflict.ts).
	 */
	readonly mustDeclare: boolean;
	/** May score on their own sheet (an eligible team member who declared, while scoring is open). */
	readonly canScore: boolean;
	/** May consolidate and submit (the lead). */
	readonly isLead: boolean;
	/** May return or finalize (dinas of the scope, or admin). */
	readonly canReview: boolean;
}

/** The panti type an assessment scores: pinned at creation (migration 0004 filled older rows). */
export function scoredType(a: AssessmentRow): PantiType {
	if (!a.pantiType) throw new Error(`Penilaian ${a.id} tidak mencatat jenis panti.`);
	return a.pantiType;
}

const OPEN: ReadonlySet<AssessmentStatus> = new Set(['draft', 'in_progress', 'returned']);

/** Scoring is open (sheets editable) in these states; submitted and finalized sheets are frozen. */
export function isOpenStatus(status: AssessmentStatus | undefined): boolean {
	return status !== undefined && OPEN.has(status);
}

/** The current status, read inside the caller's transaction so a concurrent submit is seen. */
export function statusOf(db: Queryable, id: number): AssessmentStatus | undefined {
	return db
		.select({ status: assessments.status })
		.from(assessments)
		.where(eq(assessments.id, id))
		.get()?.status;
}

/**
 * Whether the member's latest conflict-of-interest declaration for this assessment says "no
 * conflict" (conflict.ts records them).
 */
export function declaredNoConflict(db: Queryable, assessmentId: number, userId: number): boolean {
	const latest = db
		.select({ grounds: conflictDeclarations.grounds })
		.from(conflictDeclarations)
		.where(
			and(
				eq(conflictDeclarations.assessmentId, assessmentId),
				eq(conflictDeclarations.userId, userId)
			)
		)
		.orderBy(desc(conflictDeclarations.id))
		.get();
	return latest !== undefined && latest.grounds.length === 0;
}

/**
 * Whether a team row still speaks for the actor. A visit's team is chosen among assessors and a
 * self-assessment's among the panti's own head; a later change of role or panti (an assessor made
 * a Dinas account, a head moved to another panti) must not carry the old team seat along, so the
 * row counts only while the actor is still what they were chosen as.
 */
function eligibleForTeam(actor: Actor, a: AssessmentRow): boolean {
	return a.kind === 'visit'
		? actor.role === 'asesor'
		: actor.role === 'panti' && actor.pantiId === a.pantiId;
}

/**
 * Resolves what the actor may do with one assessment, or null when they may not see it at all
 * (callers answer 404: an assessment outside one's scope is indistinguishable from a missing one).
 */
export function assessmentAccess(db: Queryable, actor: Actor, id: number): AssessmentAccess | null {
	const row = db
		.select({
			a: assessments,
			pantiName: panti.name,
			regionCode: panti.regionCode
		})
		.from(assessments)
		.innerJoin(panti, eq(panti.id, assessments.pantiId))
		.where(eq(assessments.id, id))
		.get();
	if (!row) return null;
	const team = db
		.select({ role: assessmentTeam.role })
		.from(assessmentTeam)
		.where(and(eq(assessmentTeam.assessmentId, id), eq(assessmentTeam.userId, actor.id)))
		.get();
	const teamRole = team && eligibleForTeam(actor, row.a) ? team.role : null;
	const scope = { pantiId: row.a.pantiId, regionCode: row.regionCode, kind: row.a.kind };
	if (!assessmentInScope(actor, scope, teamRole !== null)) return null;
	const open = isOpenStatus(row.a.status);
	const mustDeclare =
		teamRole !== null && open && row.a.kind === 'visit' && !declaredNoConflict(db, id, actor.id);
	return {
		assessment: row.a,
		pantiName: row.a.pantiSnapshot?.name ?? row.pantiName,
		pantiType: scoredType(row.a),
		regionCode: row.regionCode,
		teamRole,
		mustDeclare,
		canScore: teamRole !== null && open && !mustDeclare,
		isLead: teamRole === 'lead',
		canReview: mayReview(actor, scope)
	};
}
