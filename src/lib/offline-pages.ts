/**
 * Which pages the service worker keeps an offline copy of, shared by the worker and the pages that
 * prepare copies ("siapkan offline") or clear them (sign-out).
 */
export const OFFLINE_PAGES_CACHE = 'siap-offline-pages';

/** The assessor's list and each scoring page. @example isOfflinePage('/penilaian/12/nilai') === true */
export function isOfflinePage(path: string): boolean {
	return path === '/penilaian' || /^\/penilaian\/\d+\/nilai$/.test(path);
}

/** Puts an offline copy of `path` in the cache now (the page fetched with the user's session). */
export async function prepareOffline(path: string): Promise<boolean> {
	if (!('caches' in globalThis)) return false;
	const res = await fetch(path, { credentials: 'same-origin', headers: { accept: 'text/html' } });
	// Sent to sign in: the session is gone, and with it every copy made under it.
	if (res.redirected && new URL(res.url).pathname === '/login') await clearOfflinePages();
	if (!res.ok || res.redirected) return false;
	await (await caches.open(OFFLINE_PAGES_CACHE)).put(path, res);
	return true;
}

/** Whether an offline copy of `path` exists on this device. */
export async function isPrepared(path: string): Promise<boolean> {
	if (!('caches' in globalThis)) return false;
	return !!(await (await caches.open(OFFLINE_PAGES_CACHE)).match(path));
}

/** Sign-out: the copies hold this user's data; a shared tablet must not keep them. */
export async function clearOfflinePages(): Promise<void> {
	if ('caches' in globalThis) await caches.delete(OFFLINE_PAGES_CACHE);
}

/**
 * For the scoring page's API calls: a 401 means the server no longer knows this session (it
 * expired; nobody signed out), so the copies go as at sign-out. The refused change itself stays
 * in the user's store. The service worker sees navigations, not these posts, hence this helper.
 * @example fetch(url, init).then(forgetCopiesWithoutSession)
 */
export function forgetCopiesWithoutSession(res: Response): Response {
	if (res.status === 401) void clearOfflinePages().catch(() => {});
	return res;
}
