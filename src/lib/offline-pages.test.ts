import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetCopiesWithoutSession, isOfflinePage, OFFLINE_PAGES_CACHE } from './offline-pages';

describe('isOfflinePage', () => {
	it.each([
		['/penilaian', true],
		['/penilaian/12/nilai', true],
		['/penilaian/12', false],
		['/penilaian/12/nilai/x', false],
		['/login', false]
	])('%s → %s', (path, expected) => {
		expect(isOfflinePage(path)).toBe(expected);
	});
});

describe('forgetCopiesWithoutSession', () => {
	afterEach(() => vi.unstubAllGlobals());

	it.each([
		[401, [OFFLINE_PAGES_CACHE]], // the session is gone: the copies go
		[403, []], // a locked sheet: the user still has a session and their copies
		[409, []],
		[200, []]
	])('an API answer %i drops %j', async (status, dropped) => {
		const deleted: string[] = [];
		vi.stubGlobal('caches', { delete: async (name: string) => deleted.push(name) > 0 });
		const res = new Response('{}', { status });
		expect(forgetCopiesWithoutSession(res)).toBe(res); // passed on untouched
		await Promise.resolve();
		expect(deleted).toEqual(dropped);
	});
});
