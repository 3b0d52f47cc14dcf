import { getDb } from '$lib/server/db/connection';
import { requireRole } from '$lib/server/guard';
import { listUsers } from '$lib/server/users/manage';
import type { PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
	requireRole(locals, url, 'admin');
	return { users: listUsers(getDb()) };
}) satisfies PageServerLoad;
