import { error } from '@sveltejs/kit';
import { canManagePantiIn } from '$lib/domain/access';
import { diffSnapshots } from '$lib/domain/diff';
import { auditTrail } from '$lib/server/audit-read';
import { getDb } from '$lib/server/db/connection';
import { requireRole } from '$lib/server/guard';
import { getPanti } from '$lib/server/panti/detail';
import type { PageServerLoad } from './$types';
import { zoneOfRegion } from '$lib/domain/time-zone';

export const load = (({ locals, url, params }) => {
	const user = requireRole(locals, url, 'admin', 'dinas');
	const db = getDb();
	const panti = getPanti(db, user, Number(params.id));
	if (!panti || !canManagePantiIn(user, panti.regionCode)) error(404, 'Panti tidak ditemukan.');
	const entries = auditTrail(db, 'panti', panti.id).map((e) => ({
		id: e.id,
		at: e.at,
		action: e.action,
		userName: e.userName ?? 'Sistem',
		changes: diffSnapshots(e.before ?? {}, e.after ?? {}).filter((c) => c.path !== 'version')
	}));
	return {
		panti: { id: panti.id, name: panti.name },
		entries,
		zone: zoneOfRegion(panti.regionCode)
	};
}) satisfies PageServerLoad;
