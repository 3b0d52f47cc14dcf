import { error } from '@sveltejs/kit';
import { todayIn } from '$lib/server/clock';
import { getDb } from '$lib/server/db/connection';
import { requireUser } from '$lib/server/guard';
import { getPanti } from '$lib/server/panti/detail';
import { plansOfPanti } from '$lib/server/plans/read';
import type { PageServerLoad } from './$types';
import { zoneOfRegion } from '$lib/domain/time-zone';

export const load = (({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const db = getDb();
	const panti = getPanti(db, user, Number(params.id));
	// Outside the user's scope looks exactly like a panti that does not exist.
	if (!panti) error(404, 'Panti tidak ditemukan.');
	return {
		panti: { id: panti.id, name: panti.name, regionName: panti.regionName },
		zone: zoneOfRegion(panti.regionCode),
		plans: plansOfPanti(db, user, panti.id, todayIn(zoneOfRegion(panti.regionCode)))
	};
}) satisfies PageServerLoad;
