/**
 * Reading improvement plans: one plan with its actions (the plan page), the plans of one panti
 * (its history) and a panti's current plan. Callers have resolved access first (planAccess,
 * getPanti); these functions only read.
 */
import { and, asc, desc, eq, exists, isNull, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import { groupActions, isOverdue } from '$lib/domain/reports/plan';
import type { PlanAction } from '$lib/domain/reports/types';
import type { Queryable } from '../db';
import {
	assessments,
	assessmentTeam,
	improvementActions,
	improvementPlans,
	regions,
	users
} from '../db/schema';
import { instrumentFor } from '../rubrics/read';
import type { PlanAccess } from './access';
import { progressColumns, progressOf, withPct } from './progress';
import { readerText } from '$lib/domain/rubric/reader-text';

export interface PlanActionView extends PlanAction {
	readonly id: number;
	readonly version: number;
	readonly updatedAt: string;
	/** Who last changed it; the system proposal counts as the finalizing reviewer. */
	readonly updatedByName: string | null;
	readonly overdue: boolean;
}

/**
 * The panti's current plans (not superseded): at most one from a visit and one from a
 * self-assessment, the visit's first — it is the official one.
 */
export function currentPlans(db: Queryable, pantiId: number) {
	return db
		.select({ id: improvementPlans.id, indicative: improvementPlans.indicative })
		.from(improvementPlans)
		.where(and(eq(improvementPlans.pantiId, pantiId), isNull(improvementPlans.supersededAt)))
		.orderBy(asc(improvementPlans.indicative), desc(improvementPlans.id))
		.all();
}

/** The current plan of one kind (visit or self-assessment), or the visit's when no kind is asked. */
export function currentPlanId(db: Queryable, pantiId: number, indicative?: boolean): number | null {
	const plans = currentPlans(db, pantiId);
	return (
		(indicative === undefined ? plans[0] : plans.find((p) => p.indicative === indicative))?.id ??
		null
	);
}

/** The actions of one plan, in proposal (priority) order, with indicator titles and last editor. */
export function planActions(db: Queryable, access: PlanAccess, today: string): PlanActionView[] {
	const a = access.basis.assessment;
	const form = instrumentFor(db, a.instrumentVersionId, access.basis.pantiType);
	const titles = new Map(form?.indicators.map((i) => [i.code, i.indicator.title]) ?? []);
	return db
		.select({ x: improvementActions, updatedByName: users.name })
		.from(improvementActions)
		.leftJoin(users, eq(users.id, improvementActions.updatedBy))
		.where(eq(improvementActions.planId, access.plan.id))
		.orderBy(asc(improvementActions.id))
		.all()
		.map(({ x, updatedByName }) => {
			const action = {
				id: x.id,
				indicatorCode: x.indicatorCode,
				indicatorTitle: titles.get(x.indicatorCode) ?? x.indicatorCode,
				action: readerText(x.action),
				horizon: x.horizon,
				stakeholder: x.stakeholder,
				owner: x.owner,
				dueDate: x.dueDate,
				status: x.status,
				progressNote: x.progressNote,
				version: x.version,
				updatedAt: x.updatedAt,
				updatedByName
			};
			return { ...action, overdue: isOverdue(action, today) };
		});
}

/** Horizon → stakeholder groups of the page's actions (the PDF's grouping, same order). */
export function groupActionViews(actions: readonly PlanActionView[]) {
	return groupActions(actions);
}

/** Everything the plan page shows besides the actions' forms. */
export function planView(db: Queryable, actor: Actor, access: PlanAccess, today: string) {
	const { plan, basis } = access;
	const a = basis.assessment;
	const region = db
		.select({ name: regions.name })
		.from(regions)
		.where(eq(regions.code, basis.regionCode))
		.get();
	// A superseded plan is history: its deadlines no longer bind anyone, so nothing is "late".
	const live = plan.supersededAt === null;
	const actions = planActions(db, access, today).map((x) => (live ? x : { ...x, overdue: false }));
	const progress = progressOf(actions, today);
	const current = live ? plan.id : currentPlanId(db, plan.pantiId, plan.indicative);
	return {
		plan: {
			id: plan.id,
			indicative: plan.indicative,
			createdAt: plan.createdAt,
			supersededAt: plan.supersededAt,
			/** The panti's current plan, when this one is superseded and the actor may open it. */
			currentId:
				current !== plan.id && current !== null && visiblePlan(db, actor, current) ? current : null
		},
		panti: { id: plan.pantiId, name: basis.pantiName, regionName: region?.name ?? '' },
		basis: {
			id: a.id,
			kind: a.kind,
			finalizedAt: a.finalizedAt,
			grade: a.grade,
			totalPct: a.totalPct
		},
		progress: live ? progress : { ...progress, overdue: 0 },
		actions
	};
}

/** Whether the actor may open a plan: asesor only the plans of assessments they worked on. */
function visiblePlan(db: Queryable, actor: Actor, planId: number): boolean {
	if (actor.role !== 'asesor') return true;
	return (
		db
			.select({ id: improvementPlans.id })
			.from(improvementPlans)
			.where(and(eq(improvementPlans.id, planId), onTeam(db, actor)))
			.get() !== undefined
	);
}

const onTeam = (db: Queryable, actor: Actor) =>
	exists(
		db
			.select({ one: sql`1` })
			.from(assessmentTeam)
			.where(
				and(
					eq(assessmentTeam.assessmentId, improvementPlans.assessmentId),
					eq(assessmentTeam.userId, actor.id)
				)
			)
	);

/**
 * Every plan of a panti the actor may open, current first, then newest first, with progress.
 * The panti itself is already in scope (getPanti); an assessor sees only plans of their visits.
 */
export function plansOfPanti(db: Queryable, actor: Actor, pantiId: number, today: string) {
	return db
		.select({
			id: improvementPlans.id,
			indicative: improvementPlans.indicative,
			createdAt: improvementPlans.createdAt,
			supersededAt: improvementPlans.supersededAt,
			assessmentId: assessments.id,
			kind: assessments.kind,
			finalizedAt: assessments.finalizedAt,
			grade: assessments.grade,
			totalPct: assessments.totalPct,
			...progressColumns(today)
		})
		.from(improvementPlans)
		.innerJoin(assessments, eq(assessments.id, improvementPlans.assessmentId))
		.leftJoin(improvementActions, eq(improvementActions.planId, improvementPlans.id))
		.where(
			and(
				eq(improvementPlans.pantiId, pantiId),
				actor.role === 'asesor' ? onTeam(db, actor) : undefined
			)
		)
		.groupBy(improvementPlans.id)
		.orderBy(
			sql`${improvementPlans.supersededAt} is not null`,
			desc(improvementPlans.createdAt),
			desc(improvementPlans.id)
		)
		.all()
		.map(withPct);
}
