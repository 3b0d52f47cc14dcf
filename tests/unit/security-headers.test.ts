import { describe, expect, it, vi } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';

vi.mock('$lib/server/db/connection', () => ({ getDb: () => undefined }));
/** The server's environment, as the hook reads it per request. */
const env: Record<string, string | undefined> = {};
vi.mock('$env/dynamic/private', () => ({ env }));
const { handle } = await import('../../src/hooks.server');

/** Runs the app's hook for an anonymous request to `url`; returns the response headers. */
async function headersFor(url: string): Promise<Headers> {
	const event = {
		url: new URL(url),
		cookies: { get: () => undefined, delete: () => {}, set: () => {} },
		locals: {}
	} as unknown as RequestEvent;
	const response = await handle({ event, resolve: async () => new Response('ok') });
	return response.headers;
}

describe('security headers', () => {
	it('sends HSTS over https only', async () => {
		expect(
			(await headersFor('https://siap.example.go.id/login')).get('strict-transport-security')
		).toBe('max-age=31536000; includeSubDomains');
		expect(
			(await headersFor('http://localhost:3000/login')).get('strict-transport-security')
		).toBeNull();
	});
	it('forbids framing and sniffing and keeps the referrer on the site, on every response', async () => {
		const h = await headersFor('http://localhost:3000/panti');
		expect(h.get('x-frame-options')).toBe('DENY');
		expect(h.get('x-content-type-options')).toBe('nosniff');
		expect(h.get('referrer-policy')).toBe('same-origin');
	});
	it('says how long the app took only when SIAP_SERVER_TIMING=1 (the benchmarks)', async () => {
		expect((await headersFor('http://localhost:3000/panti')).get('server-timing')).toBeNull();
		env.SIAP_SERVER_TIMING = '1';
		try {
			expect((await headersFor('http://localhost:3000/panti')).get('server-timing')).toMatch(
				/^app;dur=\d+\.\d{2}$/
			);
		} finally {
			delete env.SIAP_SERVER_TIMING;
		}
	});
});
