import { error, redirect } from '@sveltejs/kit';
import type { Actor, Role } from '$lib/domain/access';
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

/** Parses a positive integer route parameter; anything else is a plain 404. */
export function idParam(value: string): number {
	if (!/^[1-9]\d{0,9}$/.test(value)) error(404, 'Halaman tidak ditemukan.');
	return Number(value);
}
