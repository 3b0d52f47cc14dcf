/**
 * An account created (or reset) by the admin must set its own password at first sign-in: through
 * the real routes and hook, an admin creates asesor.dewi, Dewi signs in, every page leads to
 * /akun/sandi and actions and the API are refused, she changes it, she reaches home.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { isRedirect, type RequestEvent } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db';
import { SESSION_COOKIE, validateSession, type SessionUser } from '$lib/server/auth/session';
import { users } from '$lib/server/db/schema';
import { addUser, testDb } from '../support/db';

const world = vi.hoisted(() => ({ db: undefined as unknown as Db }));
vi.mock('$lib/server/db/connection', () => ({ getDb: () => world.db }));
const { handle } = await import('../../src/hooks.server');
const createPage = await import('../../src/routes/admin/pengguna/baru/+page.server');
const loginPage = await import('../../src/routes/login/+page.server');
const changePage = await import('../../src/routes/akun/sandi/+page.server');

interface Call {
	path: string;
	routeId: string;
	method?: string;
	user?: SessionUser | null;
	token?: string;
	form?: Record<string, string>;
	headers?: Record<string, string>;
}

const jar = new Map<string, string>();

function event(c: Call): RequestEvent {
	const url = new URL(`http://localhost:3000${c.path}`);
	let body: FormData | undefined;
	if (c.form) {
		body = new FormData();
		for (const [k, v] of Object.entries(c.form)) body.set(k, v);
	}
	return {
		url,
		route: { id: c.routeId },
		params: {},
		locals: { user: c.user ?? null, sessionToken: c.token ?? null },
		request: new Request(url, {
			method: c.method ?? (body ? 'POST' : 'GET'),
			body,
			headers: c.headers
		}),
		isDataRequest: false,
		cookies: {
			get: (name: string) => (name === SESSION_COOKIE ? c.token : undefined),
			set: (name: string, value: string) => jar.set(name, value),
			delete: () => {}
		},
		getClientAddress: () => '192.0.2.77'
	} as unknown as RequestEvent;
}

/** Runs `fn`, returning where it redirected to (or the value it returned). */
async function outcome(fn: () => unknown): Promise<{ location: string } | { value: unknown }> {
	try {
		return { value: await fn() };
	} catch (err) {
		if (isRedirect(err)) return { location: err.location };
		throw err;
	}
}

/** The hook as the server runs it, for a signed-in browser holding `token`. */
async function throughHook(token: string, c: Omit<Call, 'token' | 'user'>) {
	let resolved = false;
	const result = await outcome(() =>
		handle({
			event: event({ ...c, token }),
			resolve: async () => {
				resolved = true;
				return new Response('page');
			}
		})
	);
	return { resolved, result };
}

let admin: SessionUser;

beforeAll(() => {
	world.db = testDb();
	const { id } = addUser(world.db, {
		username: 'admin',
		role: 'admin',
		regionCode: null,
		pantiId: null
	});
	admin = world.db.select().from(users).where(eq(users.id, id)).get()!;
});

describe('forced password change', { timeout: 60_000 }, () => {
	it('created by the admin → signs in → held at /akun/sandi → changes it → reaches home', async () => {
		const created = await outcome(() =>
			createPage.actions.simpan(
				event({
					path: '/admin/pengguna/baru?/simpan',
					routeId: '/admin/pengguna/baru',
					user: admin,
					form: {
						name: 'Dewi Asesor Baru',
						username: 'asesor.dewi',
						role: 'asesor',
						password: 'sandi-dewi-2026'
					}
				}) as never
			)
		);
		expect(created).toEqual({
			location: expect.stringMatching(/^\/admin\/pengguna\/\d+\?dibuat=1$/)
		});

		// Sign-in goes to the change form, whatever `kembali` says.
		const signedIn = await outcome(() =>
			loginPage.actions.default(
				event({
					path: '/login?kembali=%2Fpenilaian',
					routeId: '/login',
					form: { username: 'asesor.dewi', password: 'sandi-dewi-2026' }
				}) as never
			)
		);
		expect(signedIn).toEqual({ location: '/akun/sandi' });
		const token = jar.get(SESSION_COOKIE)!;

		// Every page leads to the form; actions and the API are refused with the reason.
		for (const [path, routeId] of [
			['/penilaian', '/penilaian'],
			['/akun', '/akun'],
			['/penilaian/1/laporan.pdf', '/penilaian/[id=id]/laporan.pdf']
		] as const)
			expect(await throughHook(token, { path, routeId })).toEqual({
				resolved: false,
				result: { location: '/akun/sandi' }
			});
		const api = await throughHook(token, {
			path: '/api/penilaian/1/skor',
			routeId: '/api/penilaian/[id=id]/skor',
			method: 'POST',
			headers: { accept: 'application/json' }
		});
		expect(api.resolved).toBe(false);
		const apiResponse = (api.result as { value: Response }).value;
		expect(apiResponse.status).toBe(403);
		expect(await apiResponse.json()).toEqual({ message: expect.stringContaining('Ganti dulu') });
		const action = await throughHook(token, {
			path: '/rencana/1?/simpan',
			routeId: '/rencana/[id=id]',
			method: 'POST',
			headers: { accept: 'application/json', 'x-sveltekit-action': 'true' }
		});
		expect(await (action.result as { value: Response }).value.json()).toEqual({
			type: 'error',
			error: { message: expect.stringContaining('Ganti dulu') }
		});
		// The form itself and signing out are open.
		expect(
			(await throughHook(token, { path: '/akun/sandi', routeId: '/akun/sandi' })).resolved
		).toBe(true);
		expect(
			(await throughHook(token, { path: '/logout', routeId: '/logout', method: 'POST' })).resolved
		).toBe(true);

		// She changes it…
		const session = validateSession(world.db, token, new Date());
		if (!session.ok) throw new Error('session lost');
		const changed = await outcome(() =>
			changePage.actions.default(
				event({
					path: '/akun/sandi',
					routeId: '/akun/sandi',
					user: session.user,
					token,
					form: {
						currentPassword: 'sandi-dewi-2026',
						newPassword: 'kebun-mangga-di-tepi-sungai',
						confirmPassword: 'kebun-mangga-di-tepi-sungai'
					}
				}) as never
			)
		);
		// …lands on her home, and every page opens.
		expect(changed).toEqual({ location: '/penilaian' });
		expect((await throughHook(token, { path: '/penilaian', routeId: '/penilaian' })).resolved).toBe(
			true
		);
	});

	it('the change form refuses a weak password and a mistyped repeat, with field errors', async () => {
		const post = (form: Record<string, string>) =>
			outcome(() =>
				changePage.actions.default(
					event({
						path: '/akun/sandi',
						routeId: '/akun/sandi',
						user: admin,
						token: 'x',
						form
					}) as never
				)
			);
		expect(
			await post({ currentPassword: 'a', newPassword: 'aaaaaaaaaa', confirmPassword: 'aaaaaaaaaa' })
		).toMatchObject({
			value: {
				status: 400,
				data: { errors: { newPassword: ['Kata sandi tidak boleh satu karakter yang diulang.'] } }
			}
		});
		expect(
			await post({
				currentPassword: 'a',
				newPassword: 'kebun-mangga-di-tepi-sungai',
				confirmPassword: 'kebun-mangga-di-tepi-sunga'
			})
		).toMatchObject({
			value: {
				status: 400,
				data: { errors: { confirmPassword: ['Ulangan kata sandi baru tidak sama.'] } }
			}
		});
	});
});
