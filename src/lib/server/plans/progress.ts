/**
 * Progress figures of a plan: actions done, total, overdue. One rule with the PDF (`isOverdue`):
 * overdue = not done and the due date (WIB) has passed. Lists compute it in SQL (many plans at
 * once), a single plan in TypeScript; both live here so they cannot drift apart.
 */
import { sql } from 'drizzle-orm';
import { isOverdue } from '$lib/domain/reports/plan';
import type { PlanAction } from '$lib/domain/reports/types';
import { improvementActions } from '../db/schema';

export interface Progress {
	readonly total: number;
	readonly done: number;
	readonly overdue: number;
	/** Whole percent done; null for a plan without actions (nothing to do is not "0% done"). */
	readonly pct: number | null;
}

const percentDone = (done: number, total: number): number | null =>
	total === 0 ? null : Math.floor((done * 100) / total);

/** @example progressOf([{ status: 'selesai', dueDate: null, … }], '2026-11-23').pct === 100 */
export function progressOf(actions: readonly PlanAction[], today: string): Progress {
	const done = actions.filter((a) => a.status === 'selesai').length;
	const overdue = actions.filter((a) => isOverdue(a, today)).length;
	return { total: actions.length, done, overdue, pct: percentDone(done, actions.length) };
}

/**
 * Aggregate columns for a query grouped by plan, left-joined to `improvement_actions`. A null due
 * date compares as null and is not summed: no due date, never overdue (as `isOverdue`).
 */
export function progressColumns(today: string) {
	const a = improvementActions;
	return {
		total: sql<number>`count(${a.id})`.mapWith(Number),
		done: sql<number>`coalesce(sum(${a.status} = 'selesai'), 0)`.mapWith(Number),
		overdue:
			sql<number>`coalesce(sum(${a.status} <> 'selesai' and ${a.dueDate} < ${today}), 0)`.mapWith(
				Number
			)
	};
}

/** Adds the percentage to a row carrying `total` and `done`. */
export function withPct<T extends { total: number; done: number }>(
	row: T
): T & { pct: number | null } {
	return { ...row, pct: percentDone(row.done, row.total) };
}
