import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { cleanText } from '$lib/domain/input/form-fields';
import { homePath } from '$lib/domain/access';
import { formatWait } from '$lib/domain/auth/login-delay';
import { CHANGE_PASSWORD_PATH } from '$lib/domain/auth/password-change-gate';
import { safeReturnPath } from '$lib/domain/auth/safe-return';
import { BUSY_MESSAGE } from '$lib/server/auth/hashing';
import { login } from '$lib/server/auth/login';
import { invalidateSession, SESSION_COOKIE } from '$lib/server/auth/session';
import { sessionCookieOptions } from '$lib/server/auth/cookie';
import { getDb } from '$lib/server/db/connection';
import { readForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

type LoginErrors = { username?: string[]; password?: string[] };
/** For refusals that concern no field in particular (every branch keeps one shape). */
const NO_ERRORS: LoginErrors = {};

const credentials = z.object({
	// Hidden characters are dropped: the name is a throttling key, never stored otherwise.
	username: cleanText('Nama pengguna', { multiline: false, hidden: 'strip' })
		.trim()
		.min(1, { error: 'Isi nama pengguna.' })
		.max(100),
	password: z.string().min(1, { error: 'Isi kata sandi.' }).max(200)
});

/** Where to go after signing in: `kembali` only when it is a path on this site (no open redirect). */
function safeReturn(url: URL): string | null {
	return safeReturnPath(url.searchParams.get('kembali'), url.origin);
}

export const load = (({ locals, url }) => {
	if (locals.user) redirect(303, safeReturn(url) ?? homePath(locals.user));
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
		const typed = data.get('username');
		const username = typeof typed === 'string' ? typed : '';
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
			if (result.reason === 'throttled')
				return fail(429, {
					username,
					errors: NO_ERRORS,
					message: `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${formatWait(result.retryAfterMs)}.`
				});
			if (result.reason === 'busy')
				return fail(503, { username, errors: NO_ERRORS, message: BUSY_MESSAGE });
			return fail(400, {
				username,
				errors: NO_ERRORS,
				message: 'Nama pengguna atau kata sandi salah.'
			});
		}
		// Rotation: a session token that was in this browser before signing in dies now, so a
		// token planted or seen earlier (a shared tablet) never becomes a signed-in session.
		const previous = cookies.get(SESSION_COOKIE);
		if (previous) invalidateSession(getDb(), previous);
		cookies.set(SESSION_COOKIE, result.token, sessionCookieOptions(url, result.expiresAt));
		// A password the admin chose is replaced first; the hooks hold every other page until then.
		if (result.user.mustChangePassword) redirect(303, CHANGE_PASSWORD_PATH);
		redirect(303, safeReturn(url) ?? homePath(result.user));
	}
} satisfies Actions;
