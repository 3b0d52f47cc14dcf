/**
 * Headers everywhere: the production server adds the baseline security headers to
 * whatever the app or sirv sends without them, and never replaces the app's own.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	addSecurityHeaders,
	LOCKED_CSP,
	missingSecurityHeaders,
	PLAIN_HTML_CSP,
	WORKER_CSP
} from '../../scripts/security-headers.mjs';

const BASE = {
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'referrer-policy': 'same-origin'
};

describe('missingSecurityHeaders', () => {
	const none = () => false;
	it.each([
		['a static image', '/favicon.svg', 'image/svg+xml', LOCKED_CSP],
		['an immutable script', '/_app/immutable/entry/app.js', 'text/javascript', LOCKED_CSP],
		['a +server JSON error', '/api/bukti/999999', 'application/json', LOCKED_CSP],
		['an HTML page without a policy', '/x', 'text/html; charset=utf-8', PLAIN_HTML_CSP],
		// The worker's script policy governs its fetches: it must reach SIAP itself.
		['the service worker', '/service-worker.js', 'text/javascript', WORKER_CSP]
	])('%s gets the baseline and a policy', (_, path, type, csp) => {
		expect(missingSecurityHeaders(path, none, type)).toEqual({
			...BASE,
			'content-security-policy': csp
		});
	});

	it('adds nothing the response already has (a page keeps its nonce policy)', () => {
		expect(missingSecurityHeaders('/login', () => true, 'text/html')).toEqual({});
		const has = (name: string) => name === 'content-security-policy';
		expect(missingSecurityHeaders('/login', has, 'text/html')).toEqual(BASE);
	});
});

describe('addSecurityHeaders on a real server', () => {
	const APP_CSP = "default-src 'self'; script-src 'self' 'nonce-abc'";
	/** How the handler under test writes its answer, by path. */
	const write: Record<string, (res: ServerResponse) => void> = {
		// sirv: writeHead with an object
		'/favicon.svg': (res) =>
			res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Content-Length': 2 }).end('<>'),
		// Kit: headers (its own policy included) in writeHead
		'/login': (res) =>
			res
				.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': APP_CSP })
				.end('ok'),
		// setHeader, then a bare end(): Node calls writeHead itself
		'/evidence': (res) => {
			res.setHeader('content-security-policy', 'sandbox');
			res.setHeader('x-frame-options', 'SAMEORIGIN');
			res.end('img');
		},
		// a status message and a flat list of headers
		'/list': (res) => res.writeHead(404, 'Nope', ['Content-Type', 'application/json']).end('{}')
	};
	let base = '';
	const server = createServer((req, res) => {
		addSecurityHeaders(req, res);
		write[(req.url ?? '').split('?')[0]!]!(res);
	});
	beforeAll(async () => {
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => new Promise<void>((r) => server.close(() => r())));

	const headers = async (path: string) => {
		const res = await fetch(base + path);
		await res.text();
		return res.headers;
	};

	it('a static file gets every baseline header', async () => {
		const h = await headers('/favicon.svg?v=1');
		expect([...Object.keys(BASE), 'content-security-policy'].map((n) => h.get(n))).toEqual([
			...Object.values(BASE),
			LOCKED_CSP
		]);
		expect(h.get('content-type')).toBe('image/svg+xml');
	});

	it("keeps the app's own policy and frame rule, adds only what is missing", async () => {
		const page = await headers('/login');
		expect(page.get('content-security-policy')).toBe(APP_CSP);
		expect(page.get('x-content-type-options')).toBe('nosniff');
		const file = await headers('/evidence');
		expect([file.get('content-security-policy'), file.get('x-frame-options')]).toEqual([
			'sandbox',
			'SAMEORIGIN'
		]);
		expect(file.get('referrer-policy')).toBe('same-origin');
	});

	it('works with a status message and a header list', async () => {
		const res = await fetch(base + '/list');
		expect([res.status, res.statusText, res.headers.get('content-type')]).toEqual([
			404,
			'Nope',
			'application/json'
		]);
		expect(res.headers.get('content-security-policy')).toBe(LOCKED_CSP);
		expect(res.headers.get('x-frame-options')).toBe('DENY');
	});
});
