import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { passwordChangeGate } from '$lib/domain/auth/password-change-gate';
import type { Db } from '../db';
import { users } from '../db/schema';
import { addUser, testDb } from '../../../../tests/support/db';
import { createUser, updateUser } from '../users/manage';
import { changeOwnPassword, type ChangePasswordDeps } from './change-password';
import { HashQueue } from './hashing';
import { login } from './login';
import { hashPassword, verifyPassword } from './password';
import { createSession, validateSession } from './session';

const now = new Date('2026-11-23T02:00:00Z');
const IP = '192.0.2.5';

function setup() {
	const db = testDb();
	const admin = addUser(db, { username: 'admin', role: 'admin', regionCode: null, pantiId: null });
	return { db, admin };
}

async function createDewi(db: Db, adminId: number): Promise<number> {
	const created = await createUser(db, adminId, {
		name: 'Dewi Asesor',
		username: 'asesor.dewi',
		role: 'asesor',
		password: 'sandi-awal-dari-admin'
	});
	if (!created.ok) throw new Error('not created');
	return created.id;
}

const flag = (db: Db, id: number) =>
	db.select({ f: users.mustChangePassword }).from(users).where(eq(users.id, id)).get()!.f;

describe(
	'a password chosen by someone else must be changed at first sign-in',
	{ timeout: 60_000 },
	() => {
		it('a created user signs in, is held at the change form, changes it, and then reaches home', async () => {
			const { db, admin } = setup();
			const id = await createDewi(db, admin.id);
			expect(flag(db, id)).toBe(true);

			const signedIn = await login(db, 'asesor.dewi', 'sandi-awal-dari-admin', IP, now);
			if (!signedIn.ok) throw new Error('sign-in refused');
			expect(signedIn.user.mustChangePassword).toBe(true);
			const session = validateSession(db, signedIn.token, now);
			expect(session.ok && session.user.mustChangePassword).toBe(true);
			expect(passwordChangeGate(true, '/penilaian', 'GET')).toEqual({
				kind: 'redirect',
				location: '/akun/sandi'
			});

			const change = (current: string, next: string) =>
				changeOwnPassword(db, id, signedIn.token, { current, next }, IP, now);
			expect(await change('salah-sekali-ini', 'kebun-mangga-di-tepi-sungai')).toEqual({
				ok: false,
				reason: 'invalid',
				errors: { currentPassword: ['Kata sandi sekarang salah.'] }
			});
			expect(await change('sandi-awal-dari-admin', 'bismillah123')).toMatchObject({
				ok: false,
				errors: { newPassword: [expect.stringContaining('terlalu umum')] }
			});
			expect(await change('sandi-awal-dari-admin', 'dewi-asesor.dewi-2026')).toMatchObject({
				errors: { newPassword: ['Kata sandi tidak boleh memuat nama pengguna.'] }
			});
			expect(await change('sandi-awal-dari-admin', 'sandi-awal-dari-admin')).toMatchObject({
				errors: { newPassword: ['Kata sandi baru harus berbeda dari kata sandi sekarang.'] }
			});
			expect(flag(db, id)).toBe(true);

			expect(await change('sandi-awal-dari-admin', 'kebun-mangga-di-tepi-sungai')).toEqual({
				ok: true
			});
			expect(flag(db, id)).toBe(false);
			const after = validateSession(db, signedIn.token, now);
			expect(after.ok && after.user.mustChangePassword).toBe(false);
			expect(passwordChangeGate(false, '/penilaian', 'GET').kind).toBe('pass');
			// The old password is gone, the new one signs in without a forced change.
			expect(await login(db, 'asesor.dewi', 'sandi-awal-dari-admin', '192.0.2.6', now)).toEqual({
				ok: false,
				reason: 'invalid'
			});
			const again = await login(db, 'asesor.dewi', 'kebun-mangga-di-tepi-sungai', '192.0.2.6', now);
			expect(again.ok && again.user.mustChangePassword).toBe(false);
		});

		it('changing ends the other sessions and keeps this one', async () => {
			const { db, admin } = setup();
			const id = await createDewi(db, admin.id);
			const here = createSession(db, id, now).token;
			const elsewhere = createSession(db, id, now).token;
			const result = await changeOwnPassword(
				db,
				id,
				here,
				{ current: 'sandi-awal-dari-admin', next: 'kebun-mangga-di-tepi-sungai' },
				IP,
				now
			);
			expect(result.ok).toBe(true);
			expect(validateSession(db, here, now).ok).toBe(true);
			expect(validateSession(db, elsewhere, now).ok).toBe(false);
		});

		it('a reset by the admin sets the flag again; the admin changing their own password does not', async () => {
			const { db } = setup();
			db.update(users)
				.set({ passwordHash: await hashPassword('admin-sandi-lama-1') })
				.where(eq(users.username, 'admin'))
				.run();
			const admin = db.select().from(users).where(eq(users.username, 'admin')).get()!;
			const id = await createDewi(db, admin.id);
			db.update(users).set({ mustChangePassword: false }).where(eq(users.id, id)).run();
			const edit = (target: number, role: 'asesor' | 'admin', password: string) =>
				updateUser(db, admin.id, target, {
					name: 'Nama',
					role,
					regionCode: undefined,
					pantiId: undefined,
					password,
					version: db.select().from(users).where(eq(users.id, target)).get()!.version
				});
			expect((await edit(id, 'asesor', 'sandi-reset-oleh-admin')).ok).toBe(true);
			expect(flag(db, id)).toBe(true);
			expect((await edit(admin.id, 'admin', 'sandi-pengelola-yang-baru')).ok).toBe(true);
			expect(flag(db, admin.id)).toBe(false);
			// The edit form has no username field: the server still refuses one in the password.
			expect(await edit(id, 'asesor', 'asesor.dewi-punya-sandi')).toEqual({
				ok: false,
				reason: 'invalid',
				errors: { password: ['Kata sandi tidak boleh memuat nama pengguna.'] }
			});
		});

		it('guessing the current password on the change form is throttled like a sign-in', async () => {
			const { db, admin } = setup();
			const id = await createDewi(db, admin.id);
			const token = createSession(db, id, now).token;
			let reached = 0;
			const deps: ChangePasswordDeps = {
				queue: new HashQueue(2, 100),
				verify: (p, h) => {
					reached++;
					return verifyPassword(p, h);
				},
				hash: hashPassword
			};
			const results = await Promise.all(
				Array.from({ length: 10 }, (_, i) =>
					changeOwnPassword(
						db,
						id,
						token,
						{ current: `tebakan-${i}`, next: 'kebun-mangga-di-tepi-sungai' },
						IP,
						now,
						deps
					)
				)
			);
			expect(reached).toBe(3);
			expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(7);
		});
	}
);
