import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { homePath } from '$lib/domain/access';
import { login } from '$lib/server/auth/login';
import { invalidateSession, SESSION_COOKIE } from '$lib/server/auth/session';
import { sessionCookieOptions } from '$lib/server/auth/cookie';
import { getDb } from '$lib/server/db/connection';
import { readForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

type LoginErrors = { username?: string[]; password?: string[] };

const credentials = z.object({
	username: z.string().trim().min(1, { error: 'Isi nama pengguna.' }).max(100),
	password: z.string().min(1, { error: 'Isi kata sandi.' }).max(200)
});

/** Only same-site paths are followed after login (no open redirect). */
function safeReturn(value: string | null): string | null {
	return value && value.startsWith('/') && !value.startsWith('//') ? value : null;
}

export const load = (({ locals, url }) => {
	if (locals.user)
		redirect(303, safeReturn(url.searchParams.get('kembali')) ?? homePath(locals.user));
	return {};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const data = await readForm(request);
		if (!(data instanceof FormData)) return data;
		const parsed = credentials.safeParse({
			username: data.get('username'),
			password: data.get('password')
		});
		const username = String(data.get('username') ?? '');
		if (!parsed.success) {
			const errors: LoginErrors = z.flattenError(parsed.error).fieldErrors;
			return fail(400, { username, errors, message: 'Isi nama pengguna dan kata sandi.' });
		}
		const result = await login(
			getDb(),
			parsed.data.username,
			parsed.data.password,
			getClientAddress(),
			new Date()
		);
		if (!result.ok) {
			if (result.reason === 'locked') {
				const minutes = Math.ceil(result.retryAfterMs / 60000);
				return fail(429, {
					username,
					errors: {} as LoginErrors,
					message: `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${minutes} menit.`
				});
			}
			return fail(400, {
				username,
				errors: {} as LoginErrors,
				message: 'Nama pengguna atau kata sandi salah.'
			});
		}
		// Rotation: a session token that was in this browser before signing in dies now, so a
		// token planted or seen earlier (a shared tablet) never becomes a signed-in session.
		const previous = cookies.get(SESSION_COOKIE);
		if (previous) invalidateSession(getDb(), previous);
		cookies.set(SESSION_COOKIE, result.token, sessionCookieOptions(url, result.expiresAt));
		redirect(303, safeReturn(url.searchParams.get('kembali')) ?? homePath(result.user));
	}
} satisfies Actions;
