import { beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import { toCsv } from '$lib/domain/csv';
import type { Db } from '../db';
import { auditLog, panti } from '../db/schema';
import { addUser, testDb, validPantiForm } from '../test-support';
import { parsePantiForm } from './form';
import {
	confirmPantiImport,
	previewPantiImport,
	readImportFile,
	zipWithinBudget,
	type PreviewResult
} from './import';
import { createPanti } from './save';

const NOW = new Date('2026-11-23T03:00:00Z');
const HEADERS = [
	'nama',
	'jenis',
	'kepemilikan',
	'alamat',
	'kode_wilayah',
	'kapasitas',
	'jumlah_klien',
	'unsur_pimpinan',
	'unsur_operasional',
	'unsur_penunjang',
	'pmks',
	'izin_operasional_nomor',
	'izin_operasional_terbit',
	'izin_operasional_berakhir'
];
const row = (name: string, over: Partial<Record<string, string>> = {}) => {
	const base: Record<string, string> = {
		nama: name,
		jenis: 'Anak',
		kepemilikan: 'masyarakat',
		alamat: 'Jl. Contoh Impor No. 1, Sangatta',
		kode_wilayah: '64.08',
		kapasitas: '30',
		jumlah_klien: '25',
		unsur_pimpinan: '1',
		unsur_operasional: '4',
		unsur_penunjang: '3',
		pmks: 'anak-terlantar, Anak Jalanan',
		izin_operasional_nomor: 'IO/IMP/2025',
		izin_operasional_terbit: '01/02/2025',
		izin_operasional_berakhir: '2030-02-01',
		...over
	};
	return HEADERS.map((h) => base[h] ?? '');
};
const csv = (rows: string[][], delimiter: ',' | ';' = ';') =>
	new TextEncoder().encode(toCsv([HEADERS, ...rows], { delimiter }));

let db: Db;
let kutim: Actor;
const pantiCount = () =>
	db
		.select({ n: sql<number>`count(*)` })
		.from(panti)
		.get()!.n;
const auditCount = (action: string) =>
	db
		.select({ n: sql<number>`count(*)` })
		.from(auditLog)
		.where(eq(auditLog.action, action))
		.get()!.n;

function preview(result: PreviewResult) {
	if (!result.ok) throw new Error(result.message);
	return result;
}

beforeEach(() => {
	db = testDb();
	kutim = addUser(db, {
		username: 'dinas.kutim',
		role: 'dinas',
		regionCode: '64.08',
		pantiId: null
	});
	const admin = addUser(db, { username: 'admin', role: 'admin', regionCode: null, pantiId: null });
	const form = parsePantiForm(validPantiForm({ name: 'LKSA Demo Harapan Bangsa 1' }));
	if (!form.ok) throw new Error('seed');
	createPanti(db, admin, form.data, NOW);
});

describe('preview: nothing is saved, every row gets a status', () => {
	it('reports a malformed row per column, with its spreadsheet row number', async () => {
		const before = pantiCount();
		const result = preview(
			await previewPantiImport(
				db,
				kutim,
				csv([row('LKSA Impor Satu'), row('X', { kapasitas: '0', jenis: 'kantor' })])
			)
		);
		expect(result.preview.rows.map((r) => [r.number, r.status, r.errors])).toEqual([
			[2, 'ok', {}],
			[
				3,
				'error',
				{
					nama: ['Nama panti minimal 3 karakter.'],
					jenis: ['Pilih jenis panti.'],
					kapasitas: ['Kapasitas minimal 1.']
				}
			]
		]);
		expect(pantiCount()).toBe(before);
	});

	it('flags duplicates of registered panti and within the file, and kab/kota out of scope', async () => {
		const result = preview(
			await previewPantiImport(
				db,
				kutim,
				csv([
					row('lksa demo harapan  bangsa 1'),
					row('LKSA Impor Dua'),
					row('LKSA IMPOR DUA '),
					row('LKSA Banjarmasin', { kode_wilayah: '63.71' }),
					row('LKSA Entah', { kode_wilayah: '64.99' })
				])
			)
		);
		expect(result.preview.rows.map((r) => [r.number, r.status, r.duplicate, r.errors])).toEqual([
			[2, 'duplicate', 'Sudah terdaftar di kab/kota ini: "LKSA Demo Harapan Bangsa 1".', {}],
			[3, 'ok', null, {}],
			[4, 'duplicate', 'Sama dengan baris 3 di berkas ini.', {}],
			[5, 'error', null, { kode_wilayah: ['Kabupaten/kota ini di luar wilayah kewenangan Anda.'] }],
			[6, 'error', null, { kode_wilayah: ['Kabupaten/kota tidak dikenal.'] }]
		]);
		expect(result.preview.counts).toEqual({ total: 5, ok: 1, error: 2, duplicate: 2 });
	});

	it.each([
		['empty', new Uint8Array(), 'Berkas kosong.'],
		[
			'too big',
			new Uint8Array(2 * 1024 * 1024 + 1).fill(65),
			'Berkas lebih dari 2 MB. Bagi menjadi beberapa berkas.'
		],
		[
			'old .xls',
			new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
			'Format Excel lama (.xls) tidak didukung. Simpan sebagai .xlsx atau CSV UTF-8.'
		],
		[
			'a PNG',
			new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
			'Berkas CSV harus berkode UTF-8. Di Excel pilih Simpan Sebagai → "CSV UTF-8 (dipisahkan koma)", atau unggah berkas .xlsx.'
		],
		['binary text', new TextEncoder().encode('nama\u0000jenis'), 'Berkas bukan CSV atau XLSX.'],
		[
			'Windows-1252',
			new Uint8Array([0x6e, 0x61, 0x6d, 0x61, 0x3b, 0xe9, 0x0a]),
			'Berkas CSV harus berkode UTF-8. Di Excel pilih Simpan Sebagai → "CSV UTF-8 (dipisahkan koma)", atau unggah berkas .xlsx.'
		],
		[
			'a broken zip',
			new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]),
			'Berkas XLSX rusak atau tidak dapat dibaca.'
		],
		[
			'unclosed quote',
			new TextEncoder().encode('nama;jenis\n"LKSA;anak\n'),
			'Tanda kutip (") yang dibuka di baris 2 tidak pernah ditutup.'
		],
		[
			'missing columns',
			new TextEncoder().encode('nama,alamat\nLKSA A,Jl. B\n'),
			'Kolom wajib tidak ditemukan: jenis, kepemilikan, kode_wilayah, kapasitas, jumlah_klien, unsur_pimpinan, unsur_operasional, unsur_penunjang, pmks. Gunakan templat dan jangan ubah judul kolomnya.'
		]
	])('a malformed file (%s) is refused with a clear message', async (_label, bytes, message) => {
		expect(await previewPantiImport(db, kutim, bytes)).toEqual({ ok: false, message });
	});

	it('more than 2,000 rows is refused', async () => {
		const rows = Array.from({ length: 2001 }, (_, i) => row(`LKSA Massal ${i}`));
		const result = await previewPantiImport(db, kutim, csv(rows));
		expect(result).toEqual({
			ok: false,
			message:
				'Berkas berisi 2.001 baris data; paling banyak 2.000 baris per impor. Bagi menjadi beberapa berkas.'
		});
	});
});

describe('confirm: saves exactly the previewed OK rows, all or nothing', () => {
	const file = (bytes: Uint8Array) => ({ bytes, name: 'panti-kutim.csv' });
	const bytes = csv(
		[row('LKSA Impor Satu'), row('LKSA Impor Dua'), row('AB'), row('LKSA Demo Harapan Bangsa 1')],
		','
	);

	it('adds the OK rows, audited as a create plus an import note', async () => {
		const { digest, preview: p } = preview(await previewPantiImport(db, kutim, bytes));
		expect(p.counts).toEqual({ total: 4, ok: 2, error: 1, duplicate: 1 });
		const before = pantiCount();
		const creates = auditCount('panti.create');

		const result = await confirmPantiImport(db, kutim, file(bytes), digest, NOW);
		expect(result.ok && result.ids).toHaveLength(2);
		expect(pantiCount()).toBe(before + 2);
		expect(auditCount('panti.create')).toBe(creates + 2);
		const notes = db.select().from(auditLog).where(eq(auditLog.action, 'panti.import')).all();
		expect(notes.map((n) => [n.userId, n.entityType, n.after])).toEqual([
			[kutim.id, 'panti', { berkas: 'panti-kutim.csv', baris: 2 }],
			[kutim.id, 'panti', { berkas: 'panti-kutim.csv', baris: 3 }]
		]);
		const saved = db.select().from(panti).where(eq(panti.name, 'LKSA Impor Dua')).get();
		expect(saved).toMatchObject({ type: 'anak', regionCode: '64.08', capacity: 30 });

		// Sent again (double click, back button): now duplicates, so the digest no longer matches.
		const again = await confirmPantiImport(db, kutim, file(bytes), digest, NOW);
		expect(again.ok).toBe(false);
		expect(pantiCount()).toBe(before + 2);
	});

	it('refuses when the database changed since the preview', async () => {
		const { digest } = preview(await previewPantiImport(db, kutim, bytes));
		const form = parsePantiForm(validPantiForm({ name: 'LKSA Impor Satu' }));
		if (!form.ok) throw new Error('seed');
		createPanti(db, kutim, form.data, NOW);
		const before = pantiCount();
		expect(await confirmPantiImport(db, kutim, file(bytes), digest, NOW)).toEqual({
			ok: false,
			message:
				'Data berubah sejak pratinjau (berkas atau daftar panti). Unggah ulang berkasnya lalu periksa lagi.'
		});
		expect(pantiCount()).toBe(before);
	});

	it('refuses a file changed after the preview, and a made-up digest', async () => {
		const { digest } = preview(await previewPantiImport(db, kutim, bytes));
		const other = csv([row('LKSA Lain Sekali')], ',');
		const before = pantiCount();
		expect((await confirmPantiImport(db, kutim, file(other), digest, NOW)).ok).toBe(false);
		expect((await confirmPantiImport(db, kutim, file(bytes), 'f'.repeat(64), NOW)).ok).toBe(false);
		expect(pantiCount()).toBe(before);
	});

	it('another user, out of scope, cannot save what a colleague previewed', async () => {
		const { digest } = preview(await previewPantiImport(db, kutim, bytes));
		const kalsel = addUser(db, {
			username: 'dinas.kalsel',
			role: 'dinas',
			regionCode: '63',
			pantiId: null
		});
		const before = pantiCount();
		expect((await confirmPantiImport(db, kalsel, file(bytes), digest, NOW)).ok).toBe(false);
		expect(pantiCount()).toBe(before);
	});

	it('rolls everything back when one insert fails midway', async () => {
		const { digest } = preview(await previewPantiImport(db, kutim, bytes));
		db.run(sql`create trigger boom before insert on panti when new.name = 'LKSA Impor Dua'
			begin select raise(abort, 'boom'); end`);
		const before = pantiCount();
		const creates = auditCount('panti.create');
		await expect(confirmPantiImport(db, kutim, file(bytes), digest, NOW)).rejects.toThrow('boom');
		expect(pantiCount()).toBe(before);
		expect(auditCount('panti.create')).toBe(creates);
		expect(auditCount('panti.import')).toBe(0);
	});
});

describe('XLSX: the first sheet, cells as a user sees them', () => {
	async function workbook(): Promise<Uint8Array> {
		const wb = new ExcelJS.Workbook();
		const sheet = wb.addWorksheet('Panti');
		wb.addWorksheet('Catatan').addRow(['abaikan lembar ini']);
		sheet.addRow(HEADERS.map((h) => h.toUpperCase()));
		const good = row('LKSA Excel Satu') as (string | number | Date)[];
		good[HEADERS.indexOf('kapasitas')] = 30;
		good[HEADERS.indexOf('izin_operasional_terbit')] = new Date(Date.UTC(2025, 1, 1));
		good[HEADERS.indexOf('izin_operasional_berakhir')] = new Date(Date.UTC(2030, 1, 1));
		sheet.addRow(good);
		// Row 3 stays empty; row numbers in the preview are the sheet's.
		sheet.getRow(4).values = row('LKSA Excel Dua', { kepemilikan: 'Yayasan' });
		sheet.getCell('A4').value = { richText: [{ text: 'LKSA ' }, { text: 'Excel Dua' }] };
		return new Uint8Array(await wb.xlsx.writeBuffer());
	}

	it('previews and imports a workbook', async () => {
		const bytes = await workbook();
		const result = preview(await previewPantiImport(db, kutim, bytes));
		expect(result.preview.rows.map((r) => [r.number, r.name, r.status, r.errors])).toEqual([
			[2, 'LKSA Excel Satu', 'ok', {}],
			[4, 'LKSA Excel Dua', 'error', { kepemilikan: ['Pilih kepemilikan.'] }]
		]);
		const before = pantiCount();
		const saved = await confirmPantiImport(
			db,
			kutim,
			{ bytes, name: 'a.xlsx' },
			result.digest,
			NOW
		);
		expect(saved.ok).toBe(true);
		expect(pantiCount()).toBe(before + 1);
	});

	it('inflates within a budget, so a zip bomb is refused before the library reads it', async () => {
		const bytes = await workbook();
		expect(zipWithinBudget(bytes)).toBe(true);
		expect(zipWithinBudget(bytes, 1000)).toBe(false);
		expect(zipWithinBudget(bytes.subarray(0, bytes.length - 30))).toBe(false);
		expect((await readImportFile(bytes)).ok).toBe(true);
	});
});
