import { json, redirect, type Handle, type RequestEvent, type ServerInit } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { passwordChangeGate } from '$lib/domain/auth/password-change-gate';
import { SESSION_COOKIE, validateSession } from '$lib/server/auth/session';
import { sessionCookieOptions } from '$lib/server/auth/cookie';
import { getDb } from '$lib/server/db/connection';
import { startDailyNotices } from '$lib/server/notifications/schedule';
import { startMailWorker } from '$lib/server/mail/worker';

/**
 * Open and migrate the database before the first request, so a broken schema fails the start; then
 * start the daily notices (`SIAP_DAILY_NOTICES=0` turns them off, as the benchmarks do).
 */
export const init: ServerInit = () => {
	const db = getDb();
	if (env.SIAP_DAILY_NOTICES !== '0') startDailyNotices(db);
	// Sends queued mail on a timer; does nothing when SIAP_SMTP_URL is unset.
	startMailWorker(db);
};

export const handle: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	const token = event.cookies.get(SESSION_COOKIE) ?? null;
	event.locals.user = null;
	event.locals.sessionToken = null;
	if (token) {
		const result = validateSession(getDb(), token, new Date());
		if (result.ok) {
			event.locals.user = result.user;
			event.locals.sessionToken = token;
			if (result.refreshed)
				event.cookies.set(SESSION_COOKIE, token, sessionCookieOptions(event.url, result.expiresAt));
		} else {
			event.cookies.delete(SESSION_COOKIE, { path: '/' });
		}
	}
	// A password someone else chose must be replaced before anything else (password-change-gate.ts).
	let response: Response | undefined;
	if (event.locals.user?.mustChangePassword) {
		const gate = passwordChangeGate(true, event.route.id, event.request.method);
		if (gate.kind === 'redirect') redirect(303, gate.location);
		if (gate.kind === 'refuse') response = refusal(event, gate.status, gate.message);
	}
	response ??= await resolve(event);
	// Time spent in the app for this request, for the benchmarks (tests/bench set
	// SIAP_SERVER_TIMING=1). Off by default: in production it would tell anyone how long each lookup
	// took (sign-in, verification codes), which is a timing oracle, not a feature.
	if (env.SIAP_SERVER_TIMING === '1')
		response.headers.set('Server-Timing', `app;dur=${(performance.now() - started).toFixed(2)}`);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	// Nothing frames SIAP, except an evidence PDF on its own review page (it sets its own rule).
	if (!response.headers.has('X-Frame-Options')) response.headers.set('X-Frame-Options', 'DENY');
	if (event.url.protocol === 'https:')
		response.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	return response;
};

/**
 * A refusal each kind of client can show: an enhanced form reads an action result, fetch and
 * data requests read `{ message }`, a form posted without JavaScript gets the sentence itself.
 */
function refusal(event: RequestEvent, status: number, message: string): Response {
	if (event.request.headers.get('x-sveltekit-action') === 'true')
		return json({ type: 'error', error: { message } }, { status });
	if (event.isDataRequest || event.request.headers.get('accept')?.includes('application/json'))
		return json({ message }, { status });
	return new Response(message, {
		status,
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
}
