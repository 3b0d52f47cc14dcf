import { redirect } from '@sveltejs/kit';
import { invalidateSession, SESSION_COOKIE } from '$lib/server/auth/session';
import { audit } from '$lib/server/audit';
import { getDb } from '$lib/server/db/connection';
import type { Actions, PageServerLoad } from './$types';

export const load = (() => {
	redirect(303, '/');
}) satisfies PageServerLoad;

export const actions = {
	default: ({ locals, cookies }) => {
		if (locals.sessionToken) {
			const db = getDb();
			invalidateSession(db, locals.sessionToken);
			if (locals.user)
				audit(db, {
					userId: locals.user.id,
					action: 'auth.logout',
					entityType: 'user',
					entityId: locals.user.id
				});
		}
		cookies.delete(SESSION_COOKIE, { path: '/' });
		redirect(303, '/login');
	}
} satisfies Actions;
