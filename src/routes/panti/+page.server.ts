import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { ACCREDITATION_STATUSES } from '$lib/domain/accreditation';
import { OWNERSHIPS, PANTI_TYPES } from '$lib/domain/panti-types';
import { todayWib } from '$lib/server/clock';
import { getDb } from '$lib/server/db/connection';
import { requireRole } from '$lib/server/guard';
import { listPanti } from '$lib/server/panti/list';
import { regionOptions } from '$lib/server/regions';
import type { PageServerLoad } from './$types';

/** Unknown filter values are dropped rather than rejected: a bad link still shows the registry. */
const filterSchema = z.object({
	q: z.string().trim().max(100).optional().catch(undefined),
	province: z
		.string()
		.regex(/^\d{2}$/)
		.optional()
		.catch(undefined),
	regionCode: z
		.string()
		.regex(/^\d{2}\.\d{2}$/)
		.optional()
		.catch(undefined),
	type: z.enum(PANTI_TYPES).optional().catch(undefined),
	ownership: z.enum(OWNERSHIPS).optional().catch(undefined),
	status: z.enum(ACCREDITATION_STATUSES).optional().catch(undefined),
	page: z.coerce.number().int().min(1).max(100000).optional().catch(undefined)
});

export const load = (({ locals, url }) => {
	const user = requireRole(locals, url, 'admin', 'dinas', 'asesor', 'panti');
	if (user.role === 'panti') redirect(303, `/panti/${user.pantiId}`);
	const raw = Object.fromEntries([...url.searchParams].filter(([, v]) => v !== ''));
	const filters = filterSchema.parse(raw);
	const db = getDb();
	return {
		filters,
		result: listPanti(db, user, filters, todayWib()),
		regions: regionOptions(db, user),
		canCreate: user.role === 'admin' || user.role === 'dinas'
	};
}) satisfies PageServerLoad;
