import type { Cookies } from '@sveltejs/kit';

type CookieOptions = Parameters<Cookies['set']>[2];

/** httpOnly, sameSite=lax, and secure whenever the app is served over https. */
export function sessionCookieOptions(url: URL, expiresAt: Date): CookieOptions {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: expiresAt
	};
}
