import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { auditLog, panti, pantiLegalDocuments, pantiPmks, pantiStaff } from '../db/schema';
import { addUser, testDb, validPantiForm } from '../../../../tests/support/db';
import type { Db } from '../db';
import { getPanti } from './detail';
import { parsePantiForm } from './form';
import { listPanti } from './list';
import { createPanti, updatePanti } from './save';

const count = (
	db: Db,
	table:
		| typeof panti
		| typeof auditLog
		| typeof pantiStaff
		| typeof pantiPmks
		| typeof pantiLegalDocuments
) =>
	db
		.select({ n: sql<number>`count(*)` })
		.from(table)
		.get()!.n;

function parsed(data: FormData) {
	const result = parsePantiForm(data);
	if (!result.ok)
		throw new Error('expected valid form: ' + JSON.stringify(result.failure.data.errors));
	return result.data;
}

function errorsOf(overrides: Record<string, string | string[]>) {
	const result = parsePantiForm(validPantiForm(overrides));
	return result.ok ? {} : result.failure.data.errors;
}

describe('registry validation: each bad field is rejected with an Indonesian message', () => {
	it.each([
		['name', { name: '' }, 'Nama panti wajib diisi.'],
		['name', { name: 'AB' }, 'Nama panti minimal 3 karakter.'],
		['type', { type: 'kantor' }, 'Pilih jenis panti.'],
		['ownership', { ownership: '' }, 'Pilih kepemilikan.'],
		['address', { address: 'x' }, 'Alamat minimal 5 karakter.'],
		['regionCode', { regionCode: '' }, 'Pilih kabupaten/kota.'],
		['regionCode', { regionCode: '64' }, 'Pilih kabupaten/kota.'],
		['latitude', { latitude: '45' }, 'Lintang harus antara -11,5 dan 6,5.'],
		['longitude', { longitude: 'timur' }, 'Bujur harus berupa angka.'],
		['longitude', { longitude: '' }, 'Isi lintang dan bujur sekaligus, atau kosongkan keduanya.'],
		['capacity', { capacity: '' }, 'Kapasitas wajib diisi.'],
		['capacity', { capacity: '0' }, 'Kapasitas minimal 1.'],
		['capacity', { capacity: '-5' }, 'Kapasitas harus bilangan bulat 0 atau lebih.'],
		[
			'currentClients',
			{ currentClients: '3,5' },
			'Jumlah klien saat ini harus bilangan bulat 0 atau lebih.'
		],
		[
			'staffPimpinan',
			{ staffPimpinan: 'dua' },
			'Unsur pimpinan harus bilangan bulat 0 atau lebih.'
		],
		['staff.psikolog', { 'staff.psikolog': '1.5' }, 'Psikolog harus bilangan bulat 0 atau lebih.'],
		['pmks', { pmks: [] }, 'Pilih minimal satu kategori PMKS yang dilayani.'],
		['pmks.0', { pmks: ['bukan-pmks'] }, 'Kategori PMKS tidak dikenal.'],
		[
			'legal.izin_operasional.expiresOn',
			{ 'legal.izin_operasional.expiresOn': '' },
			'Isi tanggal berakhir Izin operasional.'
		],
		[
			'legal.izin_operasional.expiresOn',
			{ 'legal.izin_operasional.expiresOn': '2023-01-01' },
			'Tanggal berakhir harus sesudah tanggal terbit.'
		],
		[
			'legal.izin_operasional.issuedOn',
			{ 'legal.izin_operasional.issuedOn': '2024-02-30' },
			'Tanggal terbit bukan tanggal yang valid.'
		],
		['legal.npwp.number', { 'legal.npwp.number': '12345' }, 'NPWP harus 15 atau 16 digit.'],
		[
			'legal.akta_notaris.number',
			{ 'legal.akta_notaris.issuedOn': '2020-01-01' },
			'Isi nomor Akta notaris pendirian, atau kosongkan tanggalnya.'
		]
	])('%s: %j', (field, overrides, message) => {
		expect(errorsOf(overrides)[field]).toContain(message);
	});

	it('a valid form parses, and nothing is written for an invalid one', () => {
		const db = testDb();
		expect(parsePantiForm(validPantiForm()).ok).toBe(true);
		const bad = parsePantiForm(validPantiForm({ name: '', capacity: 'x' }));
		expect(bad.ok).toBe(false);
		expect(count(db, panti)).toBe(0);
		expect(count(db, auditLog)).toBe(0);
	});
});

describe('registry writes', () => {
	it('creates a panti with staff, PMKS, legal documents and an audit entry', () => {
		const db = testDb();
		const admin = addUser(db, { username: 'adm', role: 'admin', regionCode: null, pantiId: null });
		const result = createPanti(db, admin, parsed(validPantiForm()), new Date());
		expect(result.ok).toBe(true);
		const id = (result as { id: number }).id;
		const stored = getPanti(db, admin, id)!;
		expect(stored.name).toBe('LKSA Uji Coba');
		expect(stored.regionName).toBe('Kabupaten Kutai Timur');
		expect(stored.staff).toEqual({ pekerja_sosial: 3, pengasuh: 6 });
		expect(stored.pmks).toEqual(['anak-terlantar']);
		expect(stored.legal.izin_operasional).toEqual({
			number: 'IO/1/2024',
			issuedOn: '2024-01-10',
			expiresOn: '2029-01-10'
		});
		const entries = db.select().from(auditLog).all();
		expect(entries.map((e) => [e.action, e.userId])).toEqual([['panti.create', admin.id]]);
	});

	it('refuses a kab/kota outside the dinas scope and writes nothing', () => {
		const db = testDb();
		const kutim = addUser(db, {
			username: 'kutim',
			role: 'dinas',
			regionCode: '64.08',
			pantiId: null
		});
		const result = createPanti(
			db,
			kutim,
			parsed(validPantiForm({ regionCode: '64.72' })),
			new Date()
		);
		expect(result).toEqual({
			ok: false,
			reason: 'invalid',
			errors: { regionCode: ['Kabupaten/kota ini di luar wilayah kewenangan Anda.'] }
		});
		expect(count(db, panti)).toBe(0);
		expect(count(db, auditLog)).toBe(0);
	});

	it('refuses an unknown kab/kota code', () => {
		const db = testDb();
		const admin = addUser(db, { username: 'adm', role: 'admin', regionCode: null, pantiId: null });
		const result = createPanti(
			db,
			admin,
			parsed(validPantiForm({ regionCode: '64.99' })),
			new Date()
		);
		expect(result.ok).toBe(false);
		expect(count(db, panti)).toBe(0);
	});

	it('updates with optimistic concurrency: a stale version changes nothing', () => {
		const db = testDb();
		const admin = addUser(db, { username: 'adm', role: 'admin', regionCode: null, pantiId: null });
		const { id } = createPanti(db, admin, parsed(validPantiForm()), new Date()) as { id: number };
		const first = updatePanti(
			db,
			admin,
			id,
			1,
			parsed(validPantiForm({ name: 'LKSA Nama Baru' })),
			new Date()
		);
		expect(first).toEqual({ ok: true, id });
		const stale = updatePanti(
			db,
			admin,
			id,
			1,
			parsed(validPantiForm({ name: 'LKSA Tertimpa' })),
			new Date()
		);
		expect(stale.ok === false && stale.reason).toBe('stale');
		const stored = getPanti(db, admin, id)!;
		expect(stored.name).toBe('LKSA Nama Baru');
		expect(stored.version).toBe(2);
		const update = db
			.select()
			.from(auditLog)
			.all()
			.find((e) => e.action === 'panti.update')!;
		expect((update.before as { name: string }).name).toBe('LKSA Uji Coba');
		expect((update.after as { name: string }).name).toBe('LKSA Nama Baru');
	});

	it('the audit log is append-only in the database itself', () => {
		const db = testDb();
		const admin = addUser(db, { username: 'adm', role: 'admin', regionCode: null, pantiId: null });
		createPanti(db, admin, parsed(validPantiForm()), new Date());
		expect(() => db.update(auditLog).set({ action: 'x' }).run()).toThrow(/append-only/);
		expect(() => db.delete(auditLog).run()).toThrow(/append-only/);
	});
});

describe('scope in queries', () => {
	function world() {
		const db = testDb();
		const admin = addUser(db, { username: 'adm', role: 'admin', regionCode: null, pantiId: null });
		const kutimId = (
			createPanti(db, admin, parsed(validPantiForm({ name: 'Panti Kutim' })), new Date()) as {
				id: number;
			}
		).id;
		const samarindaId = (
			createPanti(
				db,
				admin,
				parsed(validPantiForm({ name: 'Panti Samarinda', regionCode: '64.72' })),
				new Date()
			) as { id: number }
		).id;
		const banjarmasinId = (
			createPanti(
				db,
				admin,
				parsed(validPantiForm({ name: 'Panti Banjarmasin', regionCode: '63.71' })),
				new Date()
			) as { id: number }
		).id;
		return { db, admin, kutimId, samarindaId, banjarmasinId };
	}
	const names = (rows: { name: string }[]) => rows.map((r) => r.name).sort();

	it('a province dinas lists every kab/kota of its province and nothing else', () => {
		const { db } = world();
		const kaltim = addUser(db, {
			username: 'kaltim',
			role: 'dinas',
			regionCode: '64',
			pantiId: null
		});
		expect(names(listPanti(db, kaltim, {}, '2026-11-23').rows)).toEqual([
			'Panti Kutim',
			'Panti Samarinda'
		]);
	});

	it('a kab/kota dinas does not see its neighbour, not even by id', () => {
		const { db, samarindaId, kutimId } = world();
		const kutim = addUser(db, {
			username: 'kutim',
			role: 'dinas',
			regionCode: '64.08',
			pantiId: null
		});
		expect(names(listPanti(db, kutim, {}, '2026-11-23').rows)).toEqual(['Panti Kutim']);
		expect(getPanti(db, kutim, samarindaId)).toBeNull();
		expect(getPanti(db, kutim, kutimId)?.name).toBe('Panti Kutim');
	});

	it('a panti head sees only their own panti', () => {
		const { db, kutimId, banjarmasinId } = world();
		const head = addUser(db, {
			username: 'head',
			role: 'panti',
			regionCode: null,
			pantiId: kutimId
		});
		expect(names(listPanti(db, head, {}, '2026-11-23').rows)).toEqual(['Panti Kutim']);
		expect(getPanti(db, head, banjarmasinId)).toBeNull();
	});

	it('filters by search text, province and type, and pages', () => {
		const { db, admin } = world();
		expect(names(listPanti(db, admin, { q: 'samar' }, '2026-11-23').rows)).toEqual([
			'Panti Samarinda'
		]);
		expect(names(listPanti(db, admin, { province: '63' }, '2026-11-23').rows)).toEqual([
			'Panti Banjarmasin'
		]);
		expect(listPanti(db, admin, { type: 'napza' }, '2026-11-23').total).toBe(0);
		expect(listPanti(db, admin, { status: 'belum' }, '2026-11-23').total).toBe(3);
		expect(listPanti(db, admin, { q: '100%' }, '2026-11-23').total).toBe(0);
	});
});
