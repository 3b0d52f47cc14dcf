/**
 * The plan page's filters (status, horizon, owner), carried in the URL so a filtered list can be
 * bookmarked, shared and survives a save.
 */
import { z } from 'zod';
import { HORIZONS, type Horizon } from '../rubric/vocabulary';
import { ACTION_STATUSES, OWNER_MAX, type ActionStatus } from './form';

/** The `pj` value that asks for the actions nobody owns yet. */
export const NO_OWNER = '-';

/** Unknown values are dropped, not refused: a stale link still shows the plan. */
const schema = z.object({
	status: z.enum(ACTION_STATUSES).optional().catch(undefined),
	jangka: z.enum(HORIZONS).optional().catch(undefined),
	pj: z.string().trim().min(1).max(OWNER_MAX).optional().catch(undefined)
});

export interface PlanFilter {
	readonly status?: ActionStatus;
	readonly jangka?: Horizon;
	/** An owner's name as stored, or NO_OWNER. */
	readonly pj?: string;
}

/**
 * The filter a query string asks for.
 * @example parsePlanFilter(new URLSearchParams('status=belum&jangka=kuno')) // { status: 'belum' }
 */
export function parsePlanFilter(params: URLSearchParams): PlanFilter {
	const parsed = schema.parse({
		status: params.get('status') ?? undefined,
		jangka: params.get('jangka') ?? undefined,
		pj: params.get('pj') ?? undefined
	});
	return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
}

/**
 * The query string of a filter ('' when nothing is filtered), in a fixed order.
 * @example planFilterQuery({ pj: 'Bu Ani', status: 'proses' }) // 'status=proses&pj=Bu+Ani'
 */
export function planFilterQuery(filter: PlanFilter): string {
	const q = new URLSearchParams();
	if (filter.status) q.set('status', filter.status);
	if (filter.jangka) q.set('jangka', filter.jangka);
	if (filter.pj) q.set('pj', filter.pj);
	return q.toString();
}

interface Filterable {
	readonly status: ActionStatus;
	readonly horizon: Horizon;
	readonly owner: string;
}

/**
 * The actions a filter keeps, in their order.
 * @example filterPlanActions(actions, { pj: NO_OWNER }) // the actions with no owner yet
 */
export function filterPlanActions<A extends Filterable>(
	actions: readonly A[],
	filter: PlanFilter
): A[] {
	return actions.filter(
		(a) =>
			(!filter.status || a.status === filter.status) &&
			(!filter.jangka || a.horizon === filter.jangka) &&
			(!filter.pj || (filter.pj === NO_OWNER ? a.owner === '' : a.owner === filter.pj))
	);
}

/**
 * The owners to pick from: each name once, alphabetical, with how many actions it holds.
 * @example ownerOptions([{ owner: 'B' }, { owner: 'A' }, { owner: 'B' }, { owner: '' }])
 * // [{ owner: 'A', count: 1 }, { owner: 'B', count: 2 }]
 */
export function ownerOptions(actions: readonly { readonly owner: string }[]) {
	const counts = new Map<string, number>();
	for (const a of actions) if (a.owner) counts.set(a.owner, (counts.get(a.owner) ?? 0) + 1);
	return [...counts]
		.map(([owner, count]) => ({ owner, count }))
		.sort((x, y) => x.owner.localeCompare(y.owner, 'id'));
}
