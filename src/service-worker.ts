/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline support for the assessor's tablet. The app shell (every built asset) is cached
 * at install. Scoring pages and the assessor's list are network-first: each successful load
 * refreshes its offline copy, and without a connection the copy is served. A scoring page that was
 * never opened or prepared answers a clear "not available offline" page instead of a browser error.
 * Nothing else is cached: other pages hold data that must not linger on a shared tablet.
 * When the server shows that this browser's session is gone (expired, not signed out), the copies
 * go too, as at sign-out: offline, an expired session must not keep opening the assessor's notes.
 * Unsent work stays in the user's own IndexedDB store (src/lib/client/offline-store.ts) until they
 * sign in again; the worker never touches it.
 */
import { build, files, version } from '$service-worker';
import { isOfflinePage, OFFLINE_PAGES_CACHE } from '$lib/offline-pages';

const sw = self as unknown as ServiceWorkerGlobalScope;
const SHELL = `siap-shell-${version}`;
const ASSETS = new Set([...build, ...files]);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(SHELL)
			.then((cache) => cache.addAll([...ASSETS]))
			.then(() => sw.skipWaiting())
	);
});

/** The session is gone: the copies hold the last user's data and are not for whoever comes next. */
async function dropPageCopies(): Promise<void> {
	await caches.delete(OFFLINE_PAGES_CACHE);
}

/**
 * Whether an answer for one of the offline pages sends the browser to sign in. Both pages
 * redirect only there (an assessment outside the user's reach is a 404): a navigation sees an
 * opaque redirect (its redirect mode is manual), any other fetch the followed one.
 */
function sentToSignIn(res: Response): boolean {
	return (
		res.type === 'opaqueredirect' || (res.redirected && new URL(res.url).pathname === '/login')
	);
}

/**
 * Whether an answer for /login is the sign-in form, i.e. the browser has no session: a signed-in
 * user is redirected away from it. Kit's client-side navigation asks for `__data.json`, whose
 * answer is `{ type: 'data' }` for the form and `{ type: 'redirect' }` otherwise.
 */
async function isSignInForm(url: URL, res: Response): Promise<boolean> {
	if (!res.ok || res.redirected) return false;
	if (url.pathname === '/login') return true;
	const data: unknown = await res
		.clone()
		.json()
		.catch(() => null);
	return typeof data === 'object' && data !== null && 'type' in data && data.type === 'data';
}

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys())
				if (key.startsWith('siap-shell-') && key !== SHELL) await caches.delete(key);
			// Offline copies made by the previous version name its scripts: refresh them now,
			// while there is a connection (best effort; a copy that fails stays as it was).
			const pages = await caches.open(OFFLINE_PAGES_CACHE);
			for (const request of await pages.keys()) {
				const res = await fetch(request.url, { credentials: 'same-origin' }).catch(() => null);
				if (res && sentToSignIn(res)) {
					await dropPageCopies();
					break;
				}
				if (res?.ok && !res.redirected) await pages.put(request.url, res);
			}
			await sw.clients.claim();
		})()
	);
});

function notAvailable(path: string): Response {
	const body = `<!doctype html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Tidak tersedia offline — SIAP</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1d2626}
a{color:#14767d}.box{border:1px solid #d5dddd;border-radius:8px;padding:1rem 1.25rem;background:#fffaeb}</style></head>
<body><main><h1>Tidak tersedia offline</h1><div class="box" role="alert">
<p>Perangkat ini sedang tidak terhubung, dan halaman <code>${path.replace(/[<>&"]/g, '')}</code> belum
disiapkan untuk dibuka tanpa sinyal.</p>
<p>Buka lembar penilaian sekali saat ada sinyal (atau tekan <strong>Siapkan offline</strong> di daftar
penilaian), maka lembar itu dapat diisi di lokasi tanpa sinyal.</p></div>
<p><a href="/penilaian">Kembali ke daftar penilaian</a></p></main></body></html>`;
	return new Response(body, {
		status: 503,
		headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }
	});
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;

	if (ASSETS.has(url.pathname)) {
		event.respondWith(
			caches.match(url.pathname, { cacheName: SHELL }).then((hit) => hit ?? fetch(request))
		);
		return;
	}
	if (url.pathname === '/login' || url.pathname === '/login/__data.json') {
		event.respondWith(
			fetch(request).then(
				async (res) => {
					if (await isSignInForm(url, res)) await dropPageCopies();
					return res;
				},
				(err: unknown) => {
					if (request.mode === 'navigate') return notAvailable(url.pathname);
					throw err;
				}
			)
		);
		return;
	}
	if (isOfflinePage(url.pathname)) {
		event.respondWith(
			(async () => {
				const pages = await caches.open(OFFLINE_PAGES_CACHE);
				try {
					const res = await fetch(request);
					if (sentToSignIn(res)) await dropPageCopies();
					// Only real pages: never a login redirect or an error page.
					else if (res.ok && !res.redirected && request.mode === 'navigate')
						await pages.put(url.pathname, res.clone());
					return res;
				} catch {
					const copy = await pages.match(url.pathname);
					if (copy) return copy;
					if (request.mode === 'navigate') return notAvailable(url.pathname);
					throw new Error('offline');
				}
			})()
		);
		return;
	}
	if (request.mode === 'navigate')
		event.respondWith(fetch(request).catch(() => notAvailable(url.pathname)));
});
