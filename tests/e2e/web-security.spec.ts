/**
 * Web security: the headers every page carries, and no secrets in the client bundle —
 * everything the browser can download from the production build is searched for server-only code
 * and secret values.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from './helpers';

const CLIENT = 'build/client';

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]
	);
}

/** Markers of server-only code: the database driver and schema, hashing, env access, key material. */
const SERVER_ONLY = [
	'better-sqlite3',
	'drizzle-orm',
	'sqliteTable',
	'password_hash',
	'passwordHash',
	'scrypt',
	'createHash',
	'token_hash',
	'DATABASE_PATH',
	'process.env',
	'node:fs',
	'BEGIN PRIVATE KEY',
	'BEGIN RSA PRIVATE KEY'
];

test('the browser bundle holds no server code, no passwords, no environment secrets', async () => {
	const shipped = files(CLIENT).filter((f) => /\.(js|css|json|html|svg)$/.test(f));
	expect(shipped.length).toBeGreaterThan(20);
	expect(files(CLIENT).filter((f) => f.endsWith('.map'))).toEqual([]);
	// Secret-looking variables of this environment, whatever they are called here.
	// Labelled by name, so a failure never prints the secret itself.
	const needles: [label: string, value: string][] = [
		...SERVER_ONLY.map((m): [string, string] => [m, m]),
		['the demo password', DEMO_PASSWORD],
		...Object.entries(process.env)
			.filter(([k, v]) => /SECRET|TOKEN|PASSWORD|PRIVATE|_KEY$/i.test(k) && v && v.length >= 8)
			.map(([k, v]): [string, string] => [`$${k}`, v!])
	];
	const found: string[] = [];
	for (const file of shipped) {
		const text = readFileSync(file, 'utf8');
		for (const [label, value] of needles) if (text.includes(value)) found.push(`${file}: ${label}`);
	}
	console.log(`client bundle: ${shipped.length} files searched for ${needles.length} markers`);
	expect(found).toEqual([]);
});

test('pages carry a Content-Security-Policy that forbids framing, and the other security headers', async ({
	page
}) => {
	const nonces = new Set<string>();
	for (const path of ['/login', '/verifikasi', '/login']) {
		const res = await page.request.get(path);
		const h = res.headers();
		const csp = h['content-security-policy'] ?? '';
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toContain("object-src 'none'");
		expect(csp).toContain("form-action 'self'");
		// Scripts only from SIAP itself, plus Kit's own inline bootstrap by a fresh nonce.
		const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]{16,})'/.exec(csp)?.[1];
		expect(nonce, csp).toBeTruthy();
		nonces.add(nonce!);
		expect(h['x-frame-options']).toBe('DENY');
		expect(h['x-content-type-options']).toBe('nosniff');
		expect(h['referrer-policy']).toBe('same-origin');
		// Plain http here: HSTS is only sent over https (tests/unit/security-headers.test.ts).
		expect(h['strict-transport-security']).toBeUndefined();
	}
	expect(nonces.size).toBe(3); // never reused
	// The policy really holds in the browser: no violation on a real page.
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	await page.goto('/login');
	await page.locator('html[data-hydrated="true"]').waitFor();
	expect(violations).toEqual([]);
});

test('a form post from another origin is refused (CSRF)', async ({ request }) => {
	const res = await request.post('/login', {
		form: { username: 'admin', password: DEMO_PASSWORD },
		headers: { origin: 'https://evil.example', accept: 'text/html' },
		maxRedirects: 0
	});
	expect(res.status()).toBe(403);
	expect(res.headers()['set-cookie'] ?? '').not.toContain('siap_session');
});

test('static files and +server errors carry the security headers too; no Server-Timing', async ({
	page
}) => {
	// A file of the build, as the login page links it: served by adapter-node's sirv.
	await page.goto('/login');
	const immutable = await page
		.locator('link[rel="modulepreload"][href*="/_app/immutable/"]')
		.first()
		.getAttribute('href');
	const api = (await page.request.get('/api/bukti/999999')).headers(); // a +server 404
	const paths = ['/favicon.svg', new URL(immutable!, page.url()).pathname, '/service-worker.js'];
	const seen: Record<string, Record<string, string>> = { '/api/bukti/999999': api };
	for (const path of paths) {
		const res = await page.request.get(path);
		expect(res.status(), path).toBe(200);
		seen[path] = res.headers();
	}
	seen['/api/penilaian/999999/skor (POST)'] = (
		await page.request.post('/api/penilaian/999999/skor', { data: {} })
	).headers();
	for (const [path, h] of Object.entries(seen)) {
		expect(h['x-content-type-options'], path).toBe('nosniff');
		expect(h['x-frame-options'], path).toBe('DENY');
		expect(h['referrer-policy'], path).toBe('same-origin');
		expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'");
		// The app's time per request is for the benchmarks only (SIAP_SERVER_TIMING=1).
		expect(h['server-timing'], path).toBeUndefined();
	}
	expect(seen['/favicon.svg']!['content-security-policy']).toBe(
		"default-src 'none'; frame-ancestors 'none'"
	);
	expect(api['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
	// Pages keep Kit's nonce policy (checked above); this response is a page as well.
	const login = (await page.request.get('/login')).headers();
	expect(login['content-security-policy']).toMatch(/'nonce-/);
	expect(login['server-timing']).toBeUndefined();
	console.log(
		`static and +server headers: ${Object.entries(seen)
			.map(([p, h]) => `${p} → ${h['content-security-policy']}`)
			.join('; ')}`
	);
});
