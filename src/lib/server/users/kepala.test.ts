import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, users } from '../db/schema';
import { addUser, validPantiForm } from '../../../../tests/support/db';
import { addAsesor, addPanti, kutimWorld } from '../../../../tests/support/world';
import { createKepala, kepalaAccounts, resetKepala, searchPanti } from './kepala';

const PASSWORD = 'sandi-sementara-2026';

/** Kutai Timur's dinas, a panti in and one out of its region (Samarinda, 64.72). */
function world() {
	const { db, admin, pantiId, dinas } = kutimWorld();
	const outside = addPanti(
		db,
		admin,
		validPantiForm({ name: 'LKSA Samarinda', regionCode: '64.72' })
	);
	const form = (pantiId: number, username = 'kepala.uji') => ({
		name: 'Kepala Uji',
		username,
		password: PASSWORD,
		pantiId: String(pantiId)
	});
	return { db, admin, dinas, pantiId, outside, form };
}

const row = (db: ReturnType<typeof world>['db'], id: number) =>
	db.select().from(users).where(eq(users.id, id)).get()!;

describe('kepala accounts by a Dinas', () => {
	it('creates a kepala account for a panti of its region, audited, with a forced password change', async () => {
		const { db, dinas, pantiId, form } = world();
		const created = await createKepala(db, dinas, form(pantiId));
		expect(created.ok).toBe(true);
		if (!created.ok) return;
		const u = row(db, created.id);
		expect([u.role, u.pantiId, u.regionCode, u.mustChangePassword]).toEqual([
			'panti',
			pantiId,
			null,
			true
		]);
		const logged = db.select().from(auditLog).where(eq(auditLog.entityId, String(created.id))).all();
		expect(logged.map((l) => [l.action, l.userId])).toEqual([['user.create', dinas.id]]);
		expect(kepalaAccounts(db, dinas).map((a) => a.username)).toEqual(['kepala.uji']);
	}, 60_000);

	it('refuses a panti outside its region and creates nothing', async () => {
		const { db, dinas, outside, form } = world();
		const before = db.select().from(users).all().length;
		expect(await createKepala(db, dinas, form(outside))).toEqual({
			ok: false,
			reason: 'invalid',
			errors: { pantiId: ['Pilih panti di wilayah Anda.'] }
		});
		expect(db.select().from(users).all().length).toBe(before);
	}, 60_000);

	it('never creates another role, whatever the input claims', async () => {
		const { db, dinas, pantiId, form } = world();
		const input = { ...form(pantiId), role: 'admin', regionCode: '64' };
		const created = await createKepala(db, dinas, input);
		if (!created.ok) throw new Error('not created');
		expect([row(db, created.id).role, row(db, created.id).regionCode]).toEqual(['panti', null]);
	}, 60_000);

	it('resets only kepala accounts of its region: others look missing', async () => {
		const { db, admin, dinas, pantiId, outside, form } = world();
		const own = await createKepala(db, dinas, form(pantiId));
		const far = await createKepala(db, admin, form(outside, 'kepala.jauh'));
		if (!own.ok || !far.ok) throw new Error('not created');
		const asesor = addAsesor(db, 'asesor.x');
		const otherDinas = addUser(db, {
			username: 'dinas.x',
			role: 'dinas',
			regionCode: '64.08',
			pantiId: null
		});
		for (const id of [far.id, asesor.id, otherDinas.id, admin.id])
			expect(await resetKepala(db, dinas, id, PASSWORD + 'x', 0)).toEqual({
				ok: false,
				reason: 'not_found'
			});

		const hashBefore = row(db, own.id).passwordHash;
		expect(
			await resetKepala(db, dinas, own.id, 'sandi-baru-yang-panjang', row(db, own.id).version)
		).toEqual({
			ok: true,
			id: own.id
		});
		expect(row(db, own.id).passwordHash).not.toBe(hashBefore);
		expect(row(db, own.id).mustChangePassword).toBe(true);
		expect(kepalaAccounts(db, dinas).map((a) => a.username)).toEqual(['kepala.uji']);
	}, 60_000);

	it('searches panti of the scope only, at most 20', () => {
		const { db, admin, dinas } = world();
		for (let i = 0; i < 25; i++) addPanti(db, admin, validPantiForm({ name: `LKSA Nomor ${i}` }));
		expect(searchPanti(db, dinas, 'Samarinda')).toEqual([]);
		expect(searchPanti(db, dinas, 'nomor')).toHaveLength(20);
	});
});
