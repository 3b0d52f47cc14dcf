import { error } from '@sveltejs/kit';
import { todayWib } from '$lib/server/clock';
import { getDb } from '$lib/server/db/connection';
import { idParam, requireUser } from '$lib/server/guard';
import { getPanti } from '$lib/server/panti/detail';
import { canManagePantiIn } from '$lib/domain/access';
import type { PageServerLoad } from './$types';

export const load = (({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const panti = getPanti(getDb(), user, idParam(params.id));
	// Outside the user's scope looks exactly like a panti that does not exist.
	if (!panti) error(404, 'Panti tidak ditemukan.');
	return {
		panti,
		today: todayWib(),
		canEdit: canManagePantiIn(user, panti.regionCode),
		saved: url.searchParams.has('disimpan')
	};
}) satisfies PageServerLoad;
