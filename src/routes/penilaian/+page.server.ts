import { listAssessments, LIST_LIMIT, parseAssessmentFilters } from '$lib/server/assessments/list';
import { getDb } from '$lib/server/db/connection';
import { requireUser } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
	const user = requireUser(locals, url);
	const filters = parseAssessmentFilters(url.searchParams);
	const assessments = listAssessments(getDb(), user, {
		...filters,
		sort: filters.sort ?? 'urgensi'
	});
	const conflict = url.searchParams.get('konflik');
	return {
		assessments,
		/** What the filter form shows; the sort defaults to urgency. */
		filters: { q: filters.q ?? '', status: filters.status ?? '', sort: filters.sort ?? 'urgensi' },
		filtered: filters.q !== undefined || filters.status !== undefined,
		limited: assessments.length === LIST_LIMIT,
		role: user.role,
		/** Just declared a conflict of interest and left that team. */
		leftTeam: conflict !== null && /^\d+$/.test(conflict)
	};
}) satisfies PageServerLoad;
