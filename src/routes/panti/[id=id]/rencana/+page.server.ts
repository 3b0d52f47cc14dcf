import { error } from '@sveltejs/kit';
import { agendaRights } from '$lib/domain/access';
import { scopeParam } from '$lib/server/agenda/access';
import { agendaForPanti } from '$lib/server/agenda/read';
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
	const today = todayIn(zoneOfRegion(panti.regionCode));
	return {
		panti: { id: panti.id, name: panti.name, regionName: panti.regionName },
		zone: zoneOfRegion(panti.regionCode),
		plans: plansOfPanti(db, user, panti.id, today),
		/** What government and partners are to do for this panti (read-only here), with the agenda
		 * that holds each action when the user may open it. */
		agenda: agendaForPanti(db, user, panti.id, today).map((a) => ({
			...a,
			agendaParam: agendaRights(user, a.scopeCode).read ? scopeParam(a.scopeCode) : null
		}))
	};
}) satisfies PageServerLoad;
