import { deflateRawSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import { toCsv } from '$lib/domain/input/csv';
import {
	IMPORT_TOO_LARGE,
	MAX_IMPORT_BYTES,
	MAX_IMPORT_COLUMNS,
	MAX_IMPORT_ROWS
} from '$lib/domain/panti/import';
import type { Db } from '../db';
import { auditLog, panti } from '../db/schema';
import { addUser, testDb, validPantiForm } from '../../../../tests/support/db';
import { parsePantiForm } from './form';
import {
	XLSX_LIMITS,
	confirmPantiImport,
	inspectXlsx,
	previewPantiImport,
	readImportFile,
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

	it('inflates within a budget and counts elements; a broken ZIP is unreadable', async () => {
		const bytes = await workbook();
		expect(inspectXlsx(bytes)).toBe('ok');
		expect(inspectXlsx(bytes, { ...XLSX_LIMITS, inflated: 1000 })).toBe('too_large');
		expect(inspectXlsx(bytes, { ...XLSX_LIMITS, cells: 10 })).toBe('too_large');
		expect(inspectXlsx(bytes, { ...XLSX_LIMITS, rows: 2 })).toBe('too_large');
		expect(inspectXlsx(bytes, { ...XLSX_LIMITS, elements: 50 })).toBe('too_large');
		expect(inspectXlsx(bytes.subarray(0, bytes.length - 30))).toBe('unreadable');
		expect((await readImportFile(bytes)).ok).toBe(true);
	});
});

/** A ZIP of the given entries, deflated, written by hand so an entry can be a bomb. */
function zipOf(entries: { name: string; data: Buffer }[]): Uint8Array {
	const parts: Buffer[] = [];
	const central: Buffer[] = [];
	let offset = 0;
	for (const e of entries) {
		const name = Buffer.from(e.name);
		const packed = deflateRawSync(e.data);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(8, 8);
		local.writeUInt32LE(packed.length, 18);
		local.writeUInt32LE(e.data.length, 22);
		local.writeUInt16LE(name.length, 26);
		const entry = Buffer.alloc(46);
		entry.writeUInt32LE(0x02014b50, 0);
		entry.writeUInt16LE(20, 6);
		entry.writeUInt16LE(8, 10);
		entry.writeUInt32LE(packed.length, 20);
		entry.writeUInt32LE(e.data.length, 24);
		entry.writeUInt16LE(name.length, 28);
		entry.writeUInt32LE(offset, 42);
		parts.push(local, name, packed);
		central.push(entry, name);
		offset += 30 + name.length + packed.length;
	}
	const directory = Buffer.concat(central);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...parts, directory, end]));
}

describe('too big to import: refused before the work grows with the file', () => {
	/** Refused with the one message, and fast: the library never builds the workbook. */
	async function refusedQuickly(bytes: Uint8Array) {
		const started = performance.now();
		expect(await previewPantiImport(db, kutim, bytes)).toEqual({
			ok: false,
			message: IMPORT_TOO_LARGE
		});
		return performance.now() - started;
	}
	const numbers = (rows: number, columns: number) => {
		const wb = new ExcelJS.Workbook();
		const sheet = wb.addWorksheet('Panti');
		sheet.addRow(HEADERS);
		for (let r = 1; r < rows; r++) sheet.addRow(Array.from({ length: columns }, () => 1));
		return wb.xlsx.writeBuffer().then((b) => new Uint8Array(b));
	};

	it('says so in Indonesian, naming the limits', () => {
		expect(IMPORT_TOO_LARGE).toBe(
			'Berkas terlalu besar: paling banyak 2.000 baris data dan 60 kolom per impor. Bagi menjadi beberapa berkas, atau hapus baris dan kolom kosong yang diberi format.'
		);
	});

	it(`a workbook just over ${XLSX_LIMITS.cells.toLocaleString('id-ID')} cells`, async () => {
		const bytes = await numbers(MAX_IMPORT_ROWS + 1, MAX_IMPORT_COLUMNS + 1);
		expect(inspectXlsx(bytes)).toBe('too_large');
		expect(await refusedQuickly(bytes)).toBeLessThan(1500);
	});

	it(`a workbook of more than ${XLSX_LIMITS.rows.toLocaleString('id-ID')} rows`, async () => {
		const bytes = await numbers(XLSX_LIMITS.rows + 1, 1);
		expect(inspectXlsx(bytes)).toBe('too_large');
		expect(await refusedQuickly(bytes)).toBeLessThan(1500);
	});

	it('a zip bomb: 65 KB that would inflate to 64 MB', async () => {
		const head = '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>';
		const bytes = zipOf([
			{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
			{
				name: 'xl/worksheets/sheet1.xml',
				data: Buffer.concat([Buffer.from(head), Buffer.alloc(64 * 1024 * 1024, 0x20)])
			}
		]);
		expect(bytes.length).toBeLessThan(100_000);
		expect(inspectXlsx(bytes)).toBe('too_large');
		expect(await refusedQuickly(bytes)).toBeLessThan(1500);
	});

	it('a cell beyond column 60, even a single one in column XFD', async () => {
		for (const address of ['BI2', 'XFD1']) {
			const wb = new ExcelJS.Workbook();
			const sheet = wb.addWorksheet('Panti');
			sheet.addRow(HEADERS);
			sheet.addRow(row('LKSA Lebar'));
			sheet.getCell(address).value = 'x';
			const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
			expect(inspectXlsx(bytes)).toBe('ok'); // few cells: the library reads it, then we refuse
			expect(await refusedQuickly(bytes)).toBeLessThan(1500);
		}
	});

	it('a CSV of 2 MB of line breaks, of separators, or with a cell in column 61', async () => {
		const text = (s: string) => new TextEncoder().encode(s);
		const header = HEADERS.join(';') + '\n';
		expect(await refusedQuickly(text(header + '\n'.repeat(MAX_IMPORT_BYTES - 400)))).toBeLessThan(
			500
		);
		expect(await refusedQuickly(text(header + ';'.repeat(MAX_IMPORT_BYTES - 400)))).toBeLessThan(
			500
		);
		const wide = row('LKSA Lebar').concat(Array(60 - HEADERS.length).fill(''), ['x']);
		expect(wide).toHaveLength(MAX_IMPORT_COLUMNS + 1);
		await refusedQuickly(text(header + wide.join(';')));
		// Empty cells out to the right (a used range Excel remembers) are not a reason to refuse.
		const trailing = row('LKSA Spasi Kanan').concat(Array(100).fill(''));
		const ok = preview(await previewPantiImport(db, kutim, text(header + trailing.join(';'))));
		expect(ok.preview.counts).toMatchObject({ total: 1, ok: 1 });
	});
});
