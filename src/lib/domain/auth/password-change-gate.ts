/**
 * While a user must replace a password someone else chose, the rest of the app waits: pages lead
 * to the change form, and form actions and API calls are refused with a message saying why.
 */

/** Where the user sets their own password. */
export const CHANGE_PASSWORD_PATH = '/akun/sandi';

/** Routes that stay usable: the change form itself, and signing out. */
const OPEN_ROUTES: ReadonlySet<string> = new Set([CHANGE_PASSWORD_PATH, '/logout']);

export const MUST_CHANGE_MESSAGE =
	'Ganti dulu kata sandi yang dibuatkan admin untuk Anda (menu Akun › Ganti kata sandi), lalu ulangi.';

export type PasswordChangeGate =
	| { readonly kind: 'pass' }
	| { readonly kind: 'redirect'; readonly location: string }
	| { readonly kind: 'refuse'; readonly status: 403; readonly message: string };

/**
 * What to do with a request to route `routeId` (null when no route matched: files, 404s) made
 * with `method`, by a user who must (or need not) change their password first.
 *
 * @example
 * passwordChangeGate(true, '/panti', 'GET') // { kind: 'redirect', location: '/akun/sandi' }
 * passwordChangeGate(true, '/api/penilaian/[id=id]/skor', 'POST').kind === 'refuse'
 * passwordChangeGate(false, '/panti', 'GET').kind === 'pass'
 */
export function passwordChangeGate(
	mustChange: boolean,
	routeId: string | null,
	method: string
): PasswordChangeGate {
	if (!mustChange || routeId === null || OPEN_ROUTES.has(routeId)) return { kind: 'pass' };
	if (method === 'GET' || method === 'HEAD')
		return { kind: 'redirect', location: CHANGE_PASSWORD_PATH };
	return { kind: 'refuse', status: 403, message: MUST_CHANGE_MESSAGE };
}
