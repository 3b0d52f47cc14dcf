import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { sessions, users } from '../db/schema';
import { testDb } from '../../../../tests/support/db';
import { hashPassword, verifyPassword } from './password';
import {
	createSession,
	hashToken,
	invalidateSession,
	SESSION_TTL_MS,
	validateSession
} from './session';

/** scrypt is slow on purpose (~0.5 s per hash on this machine, more while other files run). */
const HASHING = 60_000;

describe('password hashing', { timeout: HASHING }, () => {
	it('verifies the right password and rejects a wrong one', async () => {
		const hash = await hashPassword('kata-sandi-rahasia');
		expect(hash.startsWith('scrypt$131072$8$1$')).toBe(true);
		expect(await verifyPassword('kata-sandi-rahasia', hash)).toBe(true);
		expect(await verifyPassword('kata-sandi-salah', hash)).toBe(false);
	});
	it('salts: the same password hashes differently', async () => {
		expect(await hashPassword('sama-saja-123')).not.toBe(await hashPassword('sama-saja-123'));
	});
	it('rejects malformed stored hashes instead of throwing', async () => {
		expect(await verifyPassword('x', 'bcrypt$abc')).toBe(false);
	});
});

describe('sessions', () => {
	const t0 = new Date('2026-11-23T01:00:00Z');
	function setup() {
		const db = testDb();
		const user = db
			.insert(users)
			.values({ username: 'u', name: 'U', role: 'asesor', passwordHash: 'x' })
			.returning()
			.get();
		return { db, user };
	}

	it('stores only the hash of the token', () => {
		const { db, user } = setup();
		const { token } = createSession(db, user.id, t0);
		const rows = db.select().from(sessions).all();
		expect(rows).toHaveLength(1);
		expect(rows[0]!.id).toBe(hashToken(token));
		expect(rows[0]!.id).not.toContain(token);
	});

	it('validates a fresh session and expires it after the TTL', () => {
		const { db, user } = setup();
		const { token } = createSession(db, user.id, t0);
		const ok = validateSession(db, token, new Date(t0.getTime() + 1000));
		expect(ok.ok && ok.user.id).toBe(user.id);
		expect(validateSession(db, token, new Date(t0.getTime() + SESSION_TTL_MS + 1)).ok).toBe(false);
		expect(db.select().from(sessions).all()).toHaveLength(0);
	});

	it('slides the expiry when used in its second half', () => {
		const { db, user } = setup();
		const { token } = createSession(db, user.id, t0);
		const later = new Date(t0.getTime() + SESSION_TTL_MS * 0.75);
		const result = validateSession(db, token, later);
		expect(result.ok && result.refreshed).toBe(true);
		expect(validateSession(db, token, new Date(t0.getTime() + SESSION_TTL_MS + 1000)).ok).toBe(
			true
		);
	});

	it('ends on logout and for deactivated users', () => {
		const { db, user } = setup();
		const a = createSession(db, user.id, t0);
		invalidateSession(db, a.token);
		expect(validateSession(db, a.token, t0).ok).toBe(false);
		const b = createSession(db, user.id, t0);
		db.update(users).set({ active: false }).where(eq(users.id, user.id)).run();
		expect(validateSession(db, b.token, t0).ok).toBe(false);
	});
});
