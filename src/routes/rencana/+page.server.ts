import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { todayWib } from '$lib/server/clock';
import { getDb } from '$lib/server/db/connection';
import { requireRole } from '$lib/server/guard';
import { planProgressList } from '$lib/server/plans/progress-list';
import { currentPlanId } from '$lib/server/plans/read';
import type { PageServerLoad } from './$types';

/** Unknown filter values are dropped rather than rejected: a bad link still shows the list. */
const filterSchema = z.object({
	terlambat: z.literal('1').optional().catch(undefined),
	page: z.coerce.number().int().min(1).max(100000).optional().catch(undefined)
});

export const load = (({ locals, url }) => {
	const user = requireRole(locals, url, 'admin', 'dinas', 'panti');
	const db = getDb();
	// A panti head has one plan to follow: theirs.
	if (user.role === 'panti') {
		const id = user.pantiId === null ? null : currentPlanId(db, user.pantiId);
		redirect(303, id === null ? '/beranda' : `/rencana/${id}`);
	}
	const filters = filterSchema.parse(Object.fromEntries(url.searchParams));
	return {
		filters,
		result: planProgressList(
			db,
			user,
			{ onlyOverdue: filters.terlambat === '1', page: filters.page ?? 1 },
			todayWib()
		)
	};
}) satisfies PageServerLoad;
