import { error, redirect } from '@sveltejs/kit';
import type { Actor, Role } from '$lib/domain/access';
import { parseId } from '$lib/domain/id';
import type { SessionUser } from './auth/session';

/** The signed-in user, or a redirect to the login page that comes back here afterwards. */
export function requireUser(locals: App.Locals, url: URL): SessionUser & Actor {
	if (!locals.user) {
		const back = url.pathname + url.search;
		redirect(303, `/login?kembali=${encodeURIComponent(back)}`);
	}
	return locals.user;
}

/** The signed-in user if their role is one of `roles`; 403 otherwise. */
export function requireRole(locals: App.Locals, url: URL, ...roles: Role[]): SessionUser & Actor {
	const user = requireUser(locals, url);
	if (!roles.includes(user.role)) error(403, 'Anda tidak memiliki akses ke halaman ini.');
	return user;
}

/**
 * Parses a record id from a query parameter; anything else is a plain 404. (Ids in the path are
 * checked by the `[id=id]` matcher in src/params before any load runs.)
 */
export function idParam(value: string | null): number {
	return parseId(value) ?? error(404, 'Halaman tidak ditemukan.');
}
