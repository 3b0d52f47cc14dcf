/**
 * The dinas view of follow-up across its region: one row per panti with a current plan, the most
 * overdue first, so the panti that need a call come to the top.
 */
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import type { Queryable } from '../db';
import { assessments, improvementActions, improvementPlans, panti, regions } from '../db/schema';
import { pantiScope } from '../scope';
import { progressColumns, withPct } from './progress';

export const PLAN_LIST_PAGE_SIZE = 50;

export interface PlanListFilters {
	/** Only panti with at least one overdue action. */
	readonly onlyOverdue: boolean;
	readonly page: number;
}

/** One page of current plans in the actor's scope, with the count of all matching rows. */
export function planProgressList(
	db: Queryable,
	actor: Actor,
	filters: PlanListFilters,
	today: string
) {
	const progress = progressColumns(today);
	// A fresh builder per use: drizzle builders change in place as clauses are added.
	const matching = () =>
		db
			.select({
				planId: improvementPlans.id,
				pantiId: panti.id,
				pantiName: panti.name,
				regionName: regions.name,
				grade: assessments.grade,
				indicative: improvementPlans.indicative,
				...progress
			})
			.from(improvementPlans)
			.innerJoin(panti, eq(panti.id, improvementPlans.pantiId))
			.innerJoin(regions, eq(regions.code, panti.regionCode))
			.innerJoin(assessments, eq(assessments.id, improvementPlans.assessmentId))
			.leftJoin(improvementActions, eq(improvementActions.planId, improvementPlans.id))
			.where(and(isNull(improvementPlans.supersededAt), pantiScope(actor)))
			.groupBy(improvementPlans.id)
			.having(filters.onlyOverdue ? sql`${progress.overdue} > 0` : undefined);
	const total =
		db
			.select({ n: sql<number>`count(*)`.mapWith(Number) })
			.from(matching().as('matching'))
			.get()?.n ?? 0;
	const pages = Math.max(1, Math.ceil(total / PLAN_LIST_PAGE_SIZE));
	const page = Math.min(Math.max(1, filters.page), pages);
	const items = matching()
		.orderBy(desc(progress.overdue), asc(panti.name), asc(improvementPlans.id))
		.limit(PLAN_LIST_PAGE_SIZE)
		.offset((page - 1) * PLAN_LIST_PAGE_SIZE)
		.all()
		.map(withPct);
	return { items, total, page, pages, pageSize: PLAN_LIST_PAGE_SIZE };
}
