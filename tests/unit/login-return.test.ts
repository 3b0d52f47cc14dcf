/**
 * Open redirect after sign-in: `/login?kembali=/%5Cevil.example/phish` answered
 * `303 Location: /\evil.example/phish`, which Chromium follows to another site. The login page's
 * load (already signed in) and its form action (signing in) now follow only same-origin paths.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { isRedirect, type RequestEvent } from '@sveltejs/kit';
import type { Db } from '$lib/server/db';
import { hashPassword } from '$lib/server/auth/password';
import type { SessionUser } from '$lib/server/auth/session';
import { users } from '$lib/server/db/schema';
import { testDb } from '../support/db';

const world = vi.hoisted(() => ({ db: undefined as unknown as Db }));
vi.mock('$lib/server/db/connection', () => ({ getDb: () => world.db }));
const { load, actions } = await import('../../src/routes/login/+page.server');

const ASESOR: SessionUser = {
	id: 1,
	username: 'rina',
	name: 'Rina',
	role: 'asesor',
	regionCode: null,
	pantiId: null,
	mustChangePassword: false
};

/** The raw query strings of the probe, exactly as sent. */
const ATTACKS = [
	'/%5Cevil.example/phish',
	'/%09/evil.example',
	'%2F%2Fevil.example',
	'https://evil.example',
	'/.//evil.example',
	'javascript:alert(1)'
];

function event(query: string, user: SessionUser | null, body?: FormData): RequestEvent {
	const url = new URL(`http://localhost:3000/login?kembali=${query}`);
	return {
		url,
		locals: { user, sessionToken: user ? 't' : null },
		request: new Request(url, { method: body ? 'POST' : 'GET', body }),
		cookies: { get: () => undefined, set: () => {}, delete: () => {} },
		getClientAddress: () => '192.0.2.7'
	} as unknown as RequestEvent;
}

async function location(run: () => unknown): Promise<string> {
	try {
		await run();
	} catch (err) {
		if (isRedirect(err)) return err.location;
		throw err;
	}
	throw new Error('no redirect');
}

beforeAll(async () => {
	world.db = testDb();
	world.db
		.insert(users)
		.values({
			username: 'rina',
			name: 'Rina',
			role: 'asesor',
			passwordHash: await hashPassword('benar-sekali-1')
		})
		.run();
}, 30_000);

describe('after sign-in, only same-origin paths are followed', () => {
	it.each(ATTACKS)('already signed in, kembali=%s → home', async (query) => {
		expect(await location(() => load(event(query, ASESOR) as never))).toBe('/penilaian');
	});

	it('already signed in, a path on the site is kept', async () => {
		expect(await location(() => load(event('%2Fpanti%3Fx%3D1%23y', ASESOR) as never))).toBe(
			'/panti?x=1#y'
		);
	});

	it('signing in with the form: a hostile kembali goes home, a good one is kept', async () => {
		const form = () => {
			const data = new FormData();
			data.set('username', 'rina');
			data.set('password', 'benar-sekali-1');
			return data;
		};
		const post = (query: string) =>
			location(() => actions.default(event(query, null, form()) as never));
		expect(await post('/%5Cevil.example/phish')).toBe('/penilaian');
		expect(await post('/%09/evil.example')).toBe('/penilaian');
		expect(await post('%2Fpenilaian%2F3')).toBe('/penilaian/3');
	}, 30_000);
});
