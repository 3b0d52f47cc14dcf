/**
 * The regional agenda's filters (status, stakeholder, horizon, overdue, search) and its order,
 * carried in the URL as the plan page's filters are, so a filtered agenda can be bookmarked.
 */
import { z } from 'zod';
import { HORIZONS, STAKEHOLDERS, type Horizon, type Stakeholder } from '../rubric/vocabulary';
import { ACTION_STATUSES, type ActionStatus } from './form';

/** Longer than any indicator code, action word or panti name anyone types to find one. */
export const SEARCH_MAX = 100;

/** Unknown values are dropped, not refused: a stale link still shows the agenda. */
const schema = z.object({
	status: z.enum(ACTION_STATUSES).optional().catch(undefined),
	pihak: z.enum(STAKEHOLDERS).optional().catch(undefined),
	jangka: z.enum(HORIZONS).optional().catch(undefined),
	terlambat: z.literal('1').optional().catch(undefined),
	cari: z.string().trim().min(1).max(SEARCH_MAX).optional().catch(undefined)
});

export type AgendaFilter = Partial<z.output<typeof schema>>;

/**
 * The filter a query string asks for.
 * @example parseAgendaFilter(new URLSearchParams('pihak=dprd&jangka=kuno')) // { pihak: 'dprd' }
 */
export function parseAgendaFilter(params: URLSearchParams): AgendaFilter {
	const parsed = schema.parse({
		status: params.get('status') ?? undefined,
		pihak: params.get('pihak') ?? undefined,
		jangka: params.get('jangka') ?? undefined,
		terlambat: params.get('terlambat') ?? undefined,
		cari: params.get('cari') ?? undefined
	});
	return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
}

/**
 * The query string of a filter ('' when nothing is filtered), in a fixed order.
 * @example agendaFilterQuery({ cari: 'perda', status: 'belum' }) // 'status=belum&cari=perda'
 */
export function agendaFilterQuery(filter: AgendaFilter): string {
	const q = new URLSearchParams();
	for (const key of ['status', 'pihak', 'jangka', 'terlambat', 'cari'] as const) {
		const value = filter[key];
		if (value) q.set(key, value);
	}
	return q.toString();
}

interface Filterable {
	readonly status: ActionStatus;
	readonly stakeholder: Stakeholder;
	readonly horizon: Horizon;
	readonly overdue: boolean;
	/** Everything a search may match: code, indicator, action, the panti served. */
	readonly searchText: string;
}

/**
 * The actions a filter keeps, in their order. The search ignores case.
 * @example filterAgendaActions(actions, { terlambat: '1' }) // the overdue ones
 */
export function filterAgendaActions<A extends Filterable>(
	actions: readonly A[],
	filter: AgendaFilter
): A[] {
	const needle = filter.cari?.toLocaleLowerCase('id');
	return actions.filter(
		(a) =>
			(!filter.status || a.status === filter.status) &&
			(!filter.pihak || a.stakeholder === filter.pihak) &&
			(!filter.jangka || a.horizon === filter.jangka) &&
			(!filter.terlambat || a.overdue) &&
			(!needle || a.searchText.toLocaleLowerCase('id').includes(needle))
	);
}

interface Sortable {
	readonly id: number;
	readonly status: ActionStatus;
	readonly dueDate: string | null;
	readonly overdue: boolean;
}

const rank = (a: Sortable) => (a.overdue ? 0 : a.status === 'selesai' ? 2 : 1);

/**
 * The agenda's order: overdue first, then the open actions by due date (none last), then the
 * finished ones; ties in the order they were proposed.
 * @example sortAgenda([done, dueNextYear, late]) // [late, dueNextYear, done]
 */
export function sortAgenda<A extends Sortable>(actions: readonly A[]): A[] {
	return [...actions].sort(
		(x, y) =>
			rank(x) - rank(y) || (x.dueDate ?? '9999').localeCompare(y.dueDate ?? '9999') || x.id - y.id
	);
}
