import { redirect } from '@sveltejs/kit';
import { MAX_COMPARE } from '$lib/domain/overview/compare-query';
import { todayWib } from '$lib/server/clock';
import { getDb } from '$lib/server/db/connection';
import { requireRole } from '$lib/server/guard';
import { listPanti, parseRegistryFilters } from '$lib/server/panti/list';
import { regionOptions } from '$lib/server/regions';
import type { PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
	const user = requireRole(locals, url, 'admin', 'dinas', 'asesor', 'panti');
	if (user.role === 'panti') redirect(303, `/panti/${user.pantiId}`);
	const filters = parseRegistryFilters(url.searchParams);
	const db = getDb();
	return {
		filters,
		result: listPanti(db, user, filters, todayWib()),
		regions: regionOptions(db, user),
		canCreate: user.role === 'admin' || user.role === 'dinas',
		/** Who may compare panti side by side (rows get a checkbox). */
		canCompare: user.role === 'admin' || user.role === 'dinas',
		maxCompare: MAX_COMPARE
	};
}) satisfies PageServerLoad;
