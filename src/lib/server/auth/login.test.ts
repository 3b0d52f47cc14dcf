/**
 * Sign-in throttling. What an outside probe did: five wrong passwords for an account
 * from one address locked it for everyone (the owner elsewhere included); forty wrong sign-ins at
 * once for `admin` were all checked, since the count landed after the hash; and the burst filled
 * libuv's pool so static files waited 6 s.
 */
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { loginThrottle, users } from '../db/schema';
import { testDb } from '../../../../tests/support/db';
import { HashQueue } from './hashing';
import { login, type LoginDeps, type LoginResult } from './login';
import { hashPassword, verifyPassword } from './password';
import { addressKey, attemptKeys } from './throttle';

const RIGHT = 'benar-sekali-1';
const t0 = new Date('2026-11-23T02:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

async function world(): Promise<Db> {
	const db = testDb();
	const passwordHash = await hashPassword(RIGHT);
	db.insert(users)
		.values([
			{ username: 'admin', name: 'Admin', role: 'admin', passwordHash },
			{ username: 'rina', name: 'Rina', role: 'asesor', passwordHash }
		])
		.run();
	return db;
}

/** A stand-in hasher that counts what reaches it and answers after `ms`. */
function fakeHasher(queue = new HashQueue(2, 100), ms = 5) {
	const seen = { reached: 0 };
	const deps: LoginDeps = {
		queue,
		verify: async (password) => {
			seen.reached++;
			await new Promise((r) => setTimeout(r, ms));
			return password === RIGHT;
		}
	};
	return { deps, seen };
}

const reasons = (results: LoginResult[]) =>
	results.reduce<Record<string, number>>((n, r) => {
		const k = r.ok ? 'ok' : r.reason;
		n[k] = (n[k] ?? 0) + 1;
		return n;
	}, {});

describe('sign-in throttling', { timeout: 60_000 }, () => {
	it('forty wrong sign-ins at once for admin from one address: three reach the (real) hash', async () => {
		const db = await world();
		let reached = 0;
		const deps: LoginDeps = {
			queue: new HashQueue(2, 8),
			verify: (password, stored) => {
				reached++;
				return verifyPassword(password, stored);
			}
		};
		const results = await Promise.all(
			Array.from({ length: 40 }, (_, i) =>
				login(db, 'admin', `salah-${i}`, '203.0.113.9', t0, deps)
			)
		);
		expect(reached).toBe(3);
		expect(reasons(results)).toEqual({ invalid: 3, throttled: 37 });
		for (const r of results)
			if (!r.ok && r.reason === 'throttled') expect(r.retryAfterMs).toBe(1000);
	});

	it('the owner signs in from another address while their account is attacked', async () => {
		const db = await world();
		const { deps } = fakeHasher();
		// One attacker address, hammering…
		for (let round = 0; round < 3; round++)
			await Promise.all(
				Array.from({ length: 40 }, () =>
					login(db, 'admin', 'tebakan', '203.0.113.9', at(round * 60_000), deps)
				)
			);
		// …and thirty more addresses, three tries each (90 failures on the account).
		for (let a = 1; a <= 30; a++)
			for (let k = 0; k < 3; k++) await login(db, 'admin', 'tebakan', `198.51.100.${a}`, t0, deps);
		const owner = await login(db, 'admin', RIGHT, '192.0.2.10', at(60_000), deps);
		expect(owner.ok).toBe(true);
		// The attacker's own address still waits.
		const attacker = await login(db, 'admin', RIGHT, '203.0.113.9', at(120_001), deps);
		expect(attacker.ok === false && attacker.reason).toBe('throttled');
	});

	it('delays grow after the third failure for one account from one address: 1 s, 2 s, 4 s…', async () => {
		const db = await world();
		const { deps } = fakeHasher();
		const ip = '192.0.2.20';
		for (let i = 0; i < 3; i++)
			expect(await login(db, 'rina', 'salah', ip, t0, deps)).toEqual({
				ok: false,
				reason: 'invalid'
			});
		expect(await login(db, 'rina', RIGHT, ip, at(999), deps)).toEqual({
			ok: false,
			reason: 'throttled',
			retryAfterMs: 1
		});
		// Waited 1 s: checked again (wrong), now 2 s.
		expect((await login(db, 'rina', 'salah', ip, at(1000), deps)).ok).toBe(false);
		expect(await login(db, 'rina', 'salah', ip, at(1000), deps)).toEqual({
			ok: false,
			reason: 'throttled',
			retryAfterMs: 2000
		});
		expect((await login(db, 'rina', 'salah', ip, at(3000), deps)).ok).toBe(false);
		expect(await login(db, 'rina', 'salah', ip, at(3000), deps)).toMatchObject({
			retryAfterMs: 4000
		});
		// A throttled attempt is not a failure: it does not lengthen the wait.
		expect(await login(db, 'rina', 'salah', ip, at(6000), deps)).toMatchObject({
			retryAfterMs: 1000
		});
		// The right password after the wait signs in and ends the series: three free tries again.
		expect((await login(db, 'rina', RIGHT, ip, at(7000), deps)).ok).toBe(true);
		for (let i = 0; i < 3; i++)
			expect(await login(db, 'rina', 'salah', ip, at(7000), deps)).toMatchObject({
				reason: 'invalid'
			});
	});

	it('a quiet day forgets the failures', async () => {
		const db = await world();
		const { deps } = fakeHasher();
		for (let i = 0; i < 3; i++) await login(db, 'rina', 'salah', '192.0.2.21', t0, deps);
		expect(await login(db, 'rina', 'salah', '192.0.2.21', at(1000), deps)).toMatchObject({
			reason: 'invalid'
		});
		const nextDay = at(24 * 3600_000 + 1001);
		for (let i = 0; i < 3; i++)
			expect(await login(db, 'rina', 'salah', '192.0.2.21', nextDay, deps)).toMatchObject({
				reason: 'invalid'
			});
		// Rows that old are deleted, not only ignored.
		expect(
			db
				.select()
				.from(loginThrottle)
				.all()
				.every((r) => r.failures <= 3)
		).toBe(true);
	});

	it('spraying many accounts from one address slows that address after 20 failures, no other', async () => {
		const db = await world();
		const { deps } = fakeHasher();
		for (let i = 0; i < 20; i++)
			expect(await login(db, `pengguna${i}`, 'salah', '192.0.2.30', t0, deps)).toMatchObject({
				reason: 'invalid'
			});
		expect(await login(db, 'rina', RIGHT, '192.0.2.30', t0, deps)).toEqual({
			ok: false,
			reason: 'throttled',
			retryAfterMs: 1000
		});
		expect((await login(db, 'rina', RIGHT, '192.0.2.31', t0, deps)).ok).toBe(true);
	});

	it('unknown and deactivated accounts answer like a wrong password', async () => {
		const db = await world();
		const { deps, seen } = fakeHasher();
		expect(await login(db, 'tidak-ada', RIGHT, '192.0.2.40', t0, deps)).toEqual({
			ok: false,
			reason: 'invalid'
		});
		db.update(users).set({ active: false }).where(eq(users.username, 'rina')).run();
		expect(await login(db, 'rina', RIGHT, '192.0.2.40', t0, deps)).toEqual({
			ok: false,
			reason: 'invalid'
		});
		expect(seen.reached).toBe(2); // the dummy hash is checked too: same time as a real one
	});

	it('with the hash queue full, sign-ins are answered "busy" at once, not hashed and not counted', async () => {
		const db = await world();
		let release!: () => void;
		const gate = new Promise<void>((r) => (release = r));
		let reached = 0;
		let running = 0;
		let most = 0;
		const deps: LoginDeps = {
			queue: new HashQueue(1, 2),
			verify: async () => {
				reached++;
				most = Math.max(most, ++running);
				await gate;
				running--;
				return false;
			}
		};
		// Ten different accounts from ten addresses: nothing here is throttled.
		const pending = Array.from({ length: 10 }, (_, i) =>
			login(db, `akun${i}`, 'salah', `192.0.2.${50 + i}`, t0, deps)
		);
		const early = await Promise.race([
			Promise.all(pending.slice(3)),
			new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 1000))
		]);
		expect(early).toEqual(Array(7).fill({ ok: false, reason: 'busy' }));
		expect(reached).toBe(1);
		// The seven refused attempts gave their count back.
		for (let i = 3; i < 10; i++) {
			const { pair } = attemptKeys(`akun${i}`, `192.0.2.${50 + i}`);
			const row = db.select().from(loginThrottle).where(eq(loginThrottle.key, pair)).get();
			expect(row?.failures ?? 0).toBe(0);
		}
		release();
		expect(reasons(await Promise.all(pending.slice(0, 3)))).toEqual({ invalid: 3 });
		expect(reached).toBe(3);
		expect(most).toBe(1);
	});
});

describe('addressKey', () => {
	it.each([
		['203.0.113.9', '203.0.113.9'],
		['::ffff:203.0.113.9', '203.0.113.9'],
		['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
		['2001:db8:1:2:ffff::1', '2001:db8:1:2::/64'],
		['2001:0DB8:0001:0002::', '2001:db8:1:2::/64'],
		['2001:db8::1', '2001:db8:0:0::/64'],
		['fe80::1%eth0', 'fe80:0:0:0::/64'],
		['::1', '0:0:0:0::/64']
	])('%s counts as %s', (ip, key) => {
		expect(addressKey(ip)).toBe(key);
	});
});
