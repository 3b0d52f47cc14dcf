import { error, redirect } from '@sveltejs/kit';
import { homePath } from '$lib/domain/access';
import { PANTI_TYPE_LABELS } from '$lib/domain/panti/types';
import { todayWib } from '$lib/server/clock';
import { getDb } from '$lib/server/db/connection';
import { requireUser } from '$lib/server/guard';
import { getPanti } from '$lib/server/panti/detail';
import { pantiHome } from '$lib/server/plans/home';
import type { PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
	const user = requireUser(locals, url);
	// The home of a panti head; everyone else (and a head without a panti) has another.
	if (user.role !== 'panti' || user.pantiId === null) redirect(303, homePath(user));
	const db = getDb();
	const panti = getPanti(db, user, user.pantiId);
	if (!panti) error(404, 'Panti tidak ditemukan.');
	return {
		panti: {
			id: panti.id,
			name: panti.name,
			typeLabel: PANTI_TYPE_LABELS[panti.type] ?? panti.type,
			regionName: `${panti.regionName}, ${panti.provinceName}`
		},
		...pantiHome(db, user, panti, todayWib())
	};
}) satisfies PageServerLoad;
