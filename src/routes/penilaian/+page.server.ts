import { listAssessments } from '$lib/server/assessments/list';
import { getDb } from '$lib/server/db/connection';
import { requireUser } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
	const user = requireUser(locals, url);
	const conflict = url.searchParams.get('konflik');
	return {
		assessments: listAssessments(getDb(), user),
		role: user.role,
		/** Just declared a conflict of interest and left that team. */
		leftTeam: conflict !== null && /^\d+$/.test(conflict)
	};
}) satisfies PageServerLoad;
