/**
 * Who may see and who may update an improvement plan. Seeing follows the plan's basis assessment
 * (whoever may open the assessment and its PDFs may open its plan); updating is for the people who
 * carry the plan out or supervise it: the panti head of that panti, the dinas of its region, admin.
 */
import { eq } from 'drizzle-orm';
import { mayEditPlan, type Actor } from '$lib/domain/access';
import type { Queryable } from '../db';
import { improvementPlans } from '../db/schema';
import { assessmentAccess, type AssessmentAccess } from '../assessments/access';

export type PlanRow = typeof improvementPlans.$inferSelect;

export interface PlanAccess {
	readonly plan: PlanRow;
	/** The basis assessment, with the panti's name, type and region. */
	readonly basis: AssessmentAccess;
	/** The actor's role lets them update this plan's actions (superseded or not). */
	readonly mayEdit: boolean;
	/** Updates are possible right now: allowed and the plan is still the current one. */
	readonly canEdit: boolean;
}

/**
 * The plan and what the actor may do with it, or null when it does not exist or lies outside the
 * actor's scope: callers answer 404 for both, so the scope is not revealed.
 */
export function planAccess(db: Queryable, actor: Actor, planId: number): PlanAccess | null {
	const plan = db.select().from(improvementPlans).where(eq(improvementPlans.id, planId)).get();
	if (!plan) return null;
	const basis = assessmentAccess(db, actor, plan.assessmentId);
	if (!basis) return null;
	const mayEdit = mayEditPlan(actor, { pantiId: plan.pantiId, regionCode: basis.regionCode });
	return { plan, basis, mayEdit, canEdit: mayEdit && plan.supersededAt === null };
}
