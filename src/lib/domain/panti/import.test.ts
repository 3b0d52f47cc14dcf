import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pantiFormSchema } from './form';
import {
	IMPORT_COLUMNS,
	IMPORT_TOO_LARGE,
	MAX_IMPORT_COLUMNS,
	MAX_IMPORT_ROWS,
	duplicateKey,
	importTemplateCsv,
	normalizeDate,
	normalizeRegionCode,
	previewImport,
	readImportSheet,
	rowToFormInput,
	type ImportContext,
	type ImportTable,
	type SheetRow
} from './import';

/** A good row, by header, as a dinas would type it. */
const GOOD: Record<string, string> = {
	nama: 'LKSA Uji Impor',
	jenis: 'anak',
	kepemilikan: 'masyarakat',
	alamat: 'Jl. Contoh No. 1',
	kode_wilayah: '64.08',
	kapasitas: '40',
	jumlah_klien: '35',
	unsur_pimpinan: '2',
	unsur_operasional: '6',
	unsur_penunjang: '5',
	staf_pekerja_sosial: '3',
	pmks: 'anak-terlantar',
	izin_operasional_nomor: 'IO/1/2024',
	izin_operasional_terbit: '2024-01-10',
	izin_operasional_berakhir: '2029-01-10'
};
const HEADERS = Object.keys(GOOD);

function sheet(...rows: Record<string, string>[]): SheetRow[] {
	return [
		{ number: 1, cells: HEADERS },
		...rows.map((r, i) => ({ number: i + 2, cells: HEADERS.map((h) => r[h] ?? '') }))
	];
}

function table(...rows: Record<string, string>[]): ImportTable {
	const result = readImportSheet(sheet(...rows));
	if (!result.ok) throw new Error(result.message);
	return result.table;
}

const ctx: ImportContext = {
	regionProblem: (code) =>
		code === '64.08' || code === '64.72'
			? null
			: code === '99.99'
				? 'Kabupaten/kota tidak dikenal.'
				: 'Kabupaten/kota ini di luar wilayah kewenangan Anda.',
	existing: new Map([
		[duplicateKey('LKSA Demo Harapan Bangsa 1', '64.08'), 'LKSA Demo Harapan Bangsa 1']
	])
};

/** Every leaf field of a zod object, dotted like the form's input names. */
function leaves(schema: z.ZodType, prefix = ''): string[] {
	if (schema instanceof z.ZodObject)
		return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([k, v]) =>
			leaves(v, prefix ? `${prefix}.${k}` : k)
		);
	return [prefix];
}

describe('columns come from the registry form', () => {
	it('cover every schema field except the dates the form does not show', () => {
		const columns = IMPORT_COLUMNS.map((c) => c.field).sort();
		const notShown = [
			'legal.akta_notaris.expiresOn',
			'legal.npwp.issuedOn',
			'legal.npwp.expiresOn'
		];
		expect(columns).toEqual(
			leaves(pantiFormSchema)
				.filter((f) => !notShown.includes(f))
				.sort()
		);
	});

	it('mark as required exactly what the form requires', () => {
		expect(IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.header)).toEqual([
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
			'pmks'
		]);
	});

	it('the template is their header row, for Excel', () => {
		const csv = importTemplateCsv();
		expect(csv.startsWith('\uFEFFnama;jenis;kepemilikan;alamat;kode_wilayah;')).toBe(true);
		expect(csv.endsWith('npwp_nomor\r\n')).toBe(true);
		expect(csv.split('\r\n')).toHaveLength(2);
	});
});

describe('readImportSheet: the file as a whole', () => {
	it.each([
		['no rows', [], 'Berkas kosong: baris pertama harus berisi judul kolom.'],
		[
			'blank header',
			[{ number: 1, cells: ['', ' '] }],
			'Berkas kosong: baris pertama harus berisi judul kolom.'
		],
		[
			'missing columns',
			[
				{ number: 1, cells: ['nama', 'jenis', 'alamat'] },
				{ number: 2, cells: ['x', 'y', 'z'] }
			],
			'Kolom wajib tidak ditemukan: kepemilikan, kode_wilayah, kapasitas, jumlah_klien, unsur_pimpinan, unsur_operasional, unsur_penunjang, pmks. Gunakan templat dan jangan ubah judul kolomnya.'
		],
		[
			'repeated column',
			[{ number: 1, cells: [...HEADERS, 'Nama'] }],
			'Kolom "nama" muncul lebih dari sekali.'
		],
		['header only', sheet(), 'Berkas tidak berisi baris data.'],
		['blank data rows only', sheet({}, {}), 'Berkas tidak berisi baris data.']
	])('%s → %s', (_label, rows, message) => {
		expect(readImportSheet(rows)).toEqual({ ok: false, message });
	});

	it(`refuses more than ${MAX_IMPORT_ROWS} data rows`, () => {
		const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => GOOD);
		expect(readImportSheet(sheet(...rows))).toEqual({
			ok: false,
			message:
				'Berkas berisi 2.001 baris data; paling banyak 2.000 baris per impor. Bagi menjadi beberapa berkas.'
		});
		expect(readImportSheet(sheet(...rows.slice(1))).ok).toBe(true);
	});

	it(`refuses text beyond column ${MAX_IMPORT_COLUMNS}, in any row; empty cells there are fine`, () => {
		const wide = (at: number) => {
			const cells = HEADERS.map((h) => GOOD[h]!).concat(Array(100).fill(''));
			cells[at] = 'x';
			return [
				{ number: 1, cells: HEADERS },
				{ number: 2, cells }
			];
		};
		expect(readImportSheet(wide(MAX_IMPORT_COLUMNS))).toEqual({
			ok: false,
			message: IMPORT_TOO_LARGE
		});
		expect(readImportSheet(wide(MAX_IMPORT_COLUMNS - 1)).ok).toBe(true);
		expect(IMPORT_TOO_LARGE).toMatch(
			/^Berkas terlalu besar: paling banyak 2\.000 baris data dan 60 kolom/
		);
	});

	it('accepts headers in any case and spacing, skips blank rows keeping numbers, lists unknown headers', () => {
		const result = readImportSheet([
			{
				number: 1,
				cells: [...HEADERS.map((h) => ` ${h.toUpperCase().replace('_', ' ')} `), 'catatan']
			},
			{ number: 2, cells: [] },
			{ number: 3, cells: [...HEADERS.map((h) => GOOD[h]!), 'abaikan'] }
		]);
		expect(result.ok && result.table.rows.map((r) => [r.number, r.values.name])).toEqual([
			[3, 'LKSA Uji Impor']
		]);
		expect(result.ok && result.table.ignoredHeaders).toEqual(['catatan']);
	});
});

describe('rowToFormInput: spreadsheet habits', () => {
	it.each([
		['64.08', '64.08'],
		['64,08', '64.08'],
		['64.1', '64.10'],
		[' 63.71 ', '63.71'],
		['64', '64'],
		['Kutai Timur', 'Kutai Timur']
	])('region %j → %j', (value, expected) => {
		expect(normalizeRegionCode(value)).toBe(expected);
	});

	it.each([
		['2024-01-10', '2024-01-10'],
		['10/01/2024', '2024-01-10'],
		['7-3-2024', '2024-03-07'],
		['7.3.2024', '2024-03-07'],
		['Januari 2024', 'Januari 2024']
	])('date %j → %j', (value, expected) => {
		expect(normalizeDate(value)).toBe(expected);
	});

	it.each([
		['jenis', 'Anak', 'type', 'anak'],
		['jenis', 'LANJUT USIA', 'type', 'lanjut-usia'],
		['jenis', 'Lanjut usia (Panti Sosial Tresna Werdha)', 'type', 'lanjut-usia'],
		['jenis', 'kantor', 'type', 'kantor'],
		['kepemilikan', 'Masyarakat (swasta / yayasan)', 'ownership', 'masyarakat'],
		['kepemilikan', ' DAERAH ', 'ownership', 'daerah']
	])('%s %j → %s %j', (_h, value, field, expected) => {
		const values = { type: GOOD.jenis!, ownership: GOOD.kepemilikan!, [field]: value };
		expect(rowToFormInput(values)[field as 'type' | 'ownership']).toBe(expected);
	});

	it('splits PMKS lists and accepts names', () => {
		expect(rowToFormInput({ pmks: 'Anak Terlantar, anak-jalanan | odha;bukan' }).pmks).toEqual([
			'anak-terlantar',
			'anak-jalanan',
			'odha',
			'bukan'
		]);
	});

	it('an empty or absent profession count is 0, as in the form', () => {
		const input = rowToFormInput({ 'staff.psikolog': '', 'staff.dokter': '1' });
		expect([input.staff.psikolog, input.staff.dokter, input.staff.perawat]).toEqual([
			'0',
			'1',
			'0'
		]);
	});
});

describe('previewImport', () => {
	it('a good row is ok and carries the validated input', () => {
		const preview = previewImport(table(GOOD), ctx);
		expect(preview.counts).toEqual({ total: 1, ok: 1, error: 0, duplicate: 0 });
		const row = preview.rows[0]!;
		expect([row.number, row.status, row.errors, row.duplicate]).toEqual([2, 'ok', {}, null]);
		expect(row.input).toMatchObject({
			name: 'LKSA Uji Impor',
			capacity: 40,
			pmks: ['anak-terlantar']
		});
		expect(row.input?.legal.izin_operasional).toEqual({
			number: 'IO/1/2024',
			issuedOn: '2024-01-10',
			expiresOn: '2029-01-10'
		});
	});

	it('reports the same Indonesian messages as the form, per column and row', () => {
		const preview = previewImport(
			table(GOOD, {
				...GOOD,
				nama: 'AB',
				jenis: 'kantor',
				kapasitas: 'empat puluh',
				pmks: 'bukan-pmks',
				izin_operasional_berakhir: '2023-01-01'
			}),
			ctx
		);
		const bad = preview.rows[1]!;
		expect([bad.number, bad.status, bad.input]).toEqual([3, 'error', null]);
		expect(bad.errors).toEqual({
			nama: ['Nama panti minimal 3 karakter.'],
			jenis: ['Pilih jenis panti.'],
			kapasitas: ['Kapasitas harus bilangan bulat 0 atau lebih.'],
			pmks: ['Kategori PMKS tidak dikenal.'],
			izin_operasional_berakhir: ['Tanggal berakhir harus sesudah tanggal terbit.']
		});
		expect(preview.counts).toEqual({ total: 2, ok: 1, error: 1, duplicate: 0 });
	});

	it('a kab/kota outside the scope, or unknown, is an error on kode_wilayah', () => {
		const preview = previewImport(
			table(
				{ ...GOOD, kode_wilayah: '63.71' },
				{ ...GOOD, nama: 'LKSA Lain', kode_wilayah: '99.99' }
			),
			ctx
		);
		expect(preview.rows.map((r) => [r.status, r.errors])).toEqual([
			['error', { kode_wilayah: ['Kabupaten/kota ini di luar wilayah kewenangan Anda.'] }],
			['error', { kode_wilayah: ['Kabupaten/kota tidak dikenal.'] }]
		]);
	});

	it('flags duplicates of registered panti and of earlier rows, ignoring case and spaces', () => {
		const preview = previewImport(
			table(
				{ ...GOOD, nama: 'lksa demo  HARAPAN bangsa 1' },
				GOOD,
				{ ...GOOD, nama: ' lksa uji impor ' },
				{ ...GOOD, kode_wilayah: '64.72' }
			),
			ctx
		);
		expect(preview.rows.map((r) => [r.number, r.status, r.duplicate])).toEqual([
			[2, 'duplicate', 'Sudah terdaftar di kab/kota ini: "LKSA Demo Harapan Bangsa 1".'],
			[3, 'ok', null],
			[4, 'duplicate', 'Sama dengan baris 3 di berkas ini.'],
			[5, 'ok', null]
		]);
		expect(preview.counts).toEqual({ total: 4, ok: 2, error: 0, duplicate: 2 });
	});
});
