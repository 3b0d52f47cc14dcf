/**
 * Panti import from a spreadsheet, pure: the column list (derived from the registry form), the
 * mapping of one spreadsheet row to the very input `pantiFormSchema` validates for the create
 * form, and the preview with per-row errors and duplicates. Reading files and the database is
 * server work (src/lib/server/panti/import.ts).
 */
import { formatNumber } from '../format';
import { toCsv } from '../input/csv';
import { fieldErrors } from '../input/form-fields';
import { pantiFormObject, pantiFormSchema, type PantiInput } from './form';
import { tidyText } from '../input/plain-text';
import {
	EXPIRING_DOCUMENTS,
	LEGAL_DOCUMENT_KINDS,
	LEGAL_DOCUMENT_LABELS,
	OWNERSHIPS,
	OWNERSHIP_LABELS,
	PANTI_TYPES,
	PANTI_TYPE_LABELS,
	PANTI_TYPE_SHORT,
	PROFESSIONS,
	PROFESSION_LABELS
} from './types';
import { PMKS_CATEGORIES } from './pmks';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** Data rows per import; more is split into several files. */
export const MAX_IMPORT_ROWS = 2000;
/** Columns a sheet may use: the template's and room for a user's own (ignored) ones. */
export const MAX_IMPORT_COLUMNS = 60;
/**
 * Rows a file may hold at all, blank or only formatted ones included: reading stops beyond it,
 * before the work grows with the file (2 MB of line breaks is a million rows).
 */
export const MAX_SHEET_ROWS = 5 * MAX_IMPORT_ROWS;

/** Why a file is refused before its rows are looked at: it is bigger than any import may be. */
export const IMPORT_TOO_LARGE = `Berkas terlalu besar: paling banyak ${formatNumber(MAX_IMPORT_ROWS)} baris data dan ${MAX_IMPORT_COLUMNS} kolom per impor. Bagi menjadi beberapa berkas, atau hapus baris dan kolom kosong yang diberi format.`;

export interface ImportColumn {
	/** Header in the spreadsheet (Indonesian, snake_case). */
	readonly header: string;
	/** The registry form's field name it fills. */
	readonly field: string;
	readonly label: string;
	readonly hint: string;
	readonly required: boolean;
}

type ColumnSpec = Omit<ImportColumn, 'required'>;
const col = (header: string, field: string, label: string, hint: string): ColumnSpec => ({
	header,
	field,
	label,
	hint
});
const WHOLE = 'Bilangan bulat';
const DATE = 'TTTT-BB-HH atau HH/BB/TTTT';

const BASE_COLUMNS: ColumnSpec[] = [
	col('nama', 'name', 'Nama panti', '3–200 karakter'),
	col('jenis', 'type', 'Jenis panti', `Kode atau nama: ${PANTI_TYPES.join(', ')}`),
	col('kepemilikan', 'ownership', 'Kepemilikan', `Kode atau nama: ${OWNERSHIPS.join(', ')}`),
	col('alamat', 'address', 'Alamat', '5–500 karakter'),
	col('kode_wilayah', 'regionCode', 'Kabupaten/kota', 'Kode kab/kota, mis. 64.08'),
	col('lintang', 'latitude', 'Lintang', 'Desimal, mis. 0,55 (opsional)'),
	col('bujur', 'longitude', 'Bujur', 'Desimal, mis. 117,6 (opsional)'),
	col('kapasitas', 'capacity', 'Kapasitas (orang)', 'Bilangan bulat ≥ 1'),
	col('jumlah_klien', 'currentClients', 'Jumlah klien saat ini', WHOLE),
	col('unsur_pimpinan', 'staffPimpinan', 'Unsur pimpinan', WHOLE),
	col('unsur_operasional', 'staffOperasional', 'Unsur operasional', WHOLE),
	col('unsur_penunjang', 'staffPenunjang', 'Unsur penunjang', WHOLE),
	col('pmks', 'pmks', 'Kategori PMKS dilayani', 'Kode atau nama kategori, dipisah koma atau |')
];

/** Staff by profession and the legal documents: exactly the inputs the registry form shows. */
const DETAIL_COLUMNS: ColumnSpec[] = [
	...PROFESSIONS.map((p) =>
		col(`staf_${p}`, `staff.${p}`, PROFESSION_LABELS[p], `${WHOLE}; kosong = 0`)
	),
	...LEGAL_DOCUMENT_KINDS.flatMap((kind) => {
		const label = LEGAL_DOCUMENT_LABELS[kind];
		const base = `legal.${kind}`;
		return [
			col(`${kind}_nomor`, `${base}.number`, `Nomor ${label}`, 'Teks'),
			kind !== 'npwp' && col(`${kind}_terbit`, `${base}.issuedOn`, `Tanggal terbit ${label}`, DATE),
			EXPIRING_DOCUMENTS.includes(kind) &&
				col(`${kind}_berakhir`, `${base}.expiresOn`, `Berlaku sampai (${label})`, DATE)
		].filter((c): c is ColumnSpec => c !== false);
	})
];

/**
 * Fields the schema rejects when left empty: validating an all-empty form tells us, so the list of
 * required columns can never drift from the form's rules.
 */
const REQUIRED_FIELDS: ReadonlySet<string> = (() => {
	const blank = (): never[] => [];
	const empty = pantiFormSchema.safeParse(pantiFormObject(() => null, blank));
	return new Set(empty.success ? [] : Object.keys(fieldErrors(empty.error)).map(baseField));
})();

/** `pmks.0` → `pmks`: list items report under their column. */
function baseField(path: string): string {
	return path.replace(/\.\d+$/, '');
}

export const IMPORT_COLUMNS: readonly ImportColumn[] = [...BASE_COLUMNS, ...DETAIL_COLUMNS].map(
	(c) => ({ ...c, required: REQUIRED_FIELDS.has(c.field) })
);

const HEADER_OF = new Map(IMPORT_COLUMNS.map((c) => [c.field, c.header]));

/**
 * The template: the header row only, `;`-separated with a BOM so Excel opens it in columns.
 * @example importTemplateCsv().startsWith('\uFEFFnama;jenis;kepemilikan;')
 */
export function importTemplateCsv(): string {
	return toCsv([IMPORT_COLUMNS.map((c) => c.header)]);
}

/** One row of a spreadsheet, numbered as the spreadsheet shows it (header = 1). */
export interface SheetRow {
	readonly number: number;
	readonly cells: readonly string[];
}

export interface ImportTable {
	/** Form field → cell, for each data row; absent columns are absent keys. */
	readonly rows: readonly { number: number; values: Readonly<Record<string, string>> }[];
	/** Headers we do not know, ignored (shown to the user so a typo is noticed). */
	readonly ignoredHeaders: readonly string[];
}

export type ImportTableResult = { ok: true; table: ImportTable } | { ok: false; message: string };

const normalizeHeader = (h: string) =>
	h
		.replace(/^\uFEFF/, '')
		.trim()
		.toLowerCase()
		.replace(/[\s\-/]+/g, '_');

/**
 * Reads the header row and the data rows: every required column must be present, each header
 * once; blank rows are skipped (numbering unchanged); at most `MAX_IMPORT_ROWS` data rows and
 * nothing beyond column `MAX_IMPORT_COLUMNS`.
 * @example readImportSheet([]) → { ok: false, message: 'Berkas kosong: …' }
 */
export function readImportSheet(sheet: readonly SheetRow[]): ImportTableResult {
	const wide = sheet.some(
		(r) => r.cells.findLastIndex((c) => c.trim() !== '') >= MAX_IMPORT_COLUMNS
	);
	if (wide) return { ok: false, message: IMPORT_TOO_LARGE };
	const [head, ...body] = sheet;
	if (!head || head.cells.every((c) => c.trim() === ''))
		return { ok: false, message: 'Berkas kosong: baris pertama harus berisi judul kolom.' };
	const headers = head.cells.map(normalizeHeader);
	const byHeader = new Map(IMPORT_COLUMNS.map((c) => [c.header, c]));
	const seen = new Set<string>();
	for (const h of headers) {
		if (h && seen.has(h)) return { ok: false, message: `Kolom "${h}" muncul lebih dari sekali.` };
		seen.add(h);
	}
	const missing = IMPORT_COLUMNS.filter((c) => c.required && !seen.has(c.header));
	if (missing.length)
		return {
			ok: false,
			message: `Kolom wajib tidak ditemukan: ${missing.map((c) => c.header).join(', ')}. Gunakan templat dan jangan ubah judul kolomnya.`
		};
	const data = body.filter((r) => r.cells.some((c) => c.trim() !== ''));
	if (data.length === 0) return { ok: false, message: 'Berkas tidak berisi baris data.' };
	if (data.length > MAX_IMPORT_ROWS)
		return {
			ok: false,
			message: `Berkas berisi ${formatNumber(data.length)} baris data; paling banyak ${formatNumber(MAX_IMPORT_ROWS)} baris per impor. Bagi menjadi beberapa berkas.`
		};
	const rows = data.map((r) => {
		const values: Record<string, string> = {};
		headers.forEach((h, i) => {
			const col = byHeader.get(h);
			if (col) values[col.field] = r.cells[i] ?? '';
		});
		return { number: r.number, values };
	});
	const ignoredHeaders = headers.filter((h) => h !== '' && !byHeader.has(h));
	return { ok: true, table: { rows, ignoredHeaders } };
}

const fold = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

function lookup<T extends string>(
	codes: readonly T[],
	labels: Record<T, string>[]
): Map<string, T> {
	const map = new Map<string, T>();
	for (const code of codes) {
		map.set(fold(code), code);
		for (const l of labels) map.set(fold(l[code]), code);
	}
	return map;
}

const TYPE_BY_NAME = lookup(PANTI_TYPES, [PANTI_TYPE_LABELS, PANTI_TYPE_SHORT]);
const OWNERSHIP_BY_NAME = lookup(OWNERSHIPS, [OWNERSHIP_LABELS]);
const PMKS_BY_NAME = new Map(
	PMKS_CATEGORIES.flatMap(([code, label]) => [
		[fold(code), code],
		[fold(label), code]
	])
);

/**
 * Spreadsheet habits turned into the form's formats: `64,08` or a number cell `64.1` → `64.10`.
 * @example normalizeRegionCode('64,1') === '64.10'
 */
export function normalizeRegionCode(value: string): string {
	const m = /^(\d{2})[.,](\d{1,2})$/.exec(value.trim());
	if (!m) return value.trim();
	return `${m[1]}.${m[2]!.padEnd(2, '0')}`;
}

/** `7/3/2024` (day first, as Indonesian Excel writes) → `2024-03-07`; anything else unchanged. */
export function normalizeDate(value: string): string {
	const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
	if (!m) return value.trim();
	return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/**
 * The nested input `pantiFormSchema` reads, built from a spreadsheet row through the same
 * `pantiFormObject` the form uses. Labels become codes (case-insensitive); unknown values pass
 * through unchanged so the schema reports them with its usual message.
 */
export function rowToFormInput(values: Readonly<Record<string, string>>) {
	const get = (field: string): string | null => {
		const raw = values[field];
		if (raw === undefined) return null;
		if (field === 'type') return TYPE_BY_NAME.get(fold(raw)) ?? raw;
		if (field === 'ownership') return OWNERSHIP_BY_NAME.get(fold(raw)) ?? raw;
		if (field === 'regionCode') return normalizeRegionCode(raw);
		if (field.startsWith('staff.')) return raw.trim() === '' ? null : raw;
		if (/\.(issuedOn|expiresOn)$/.test(field)) return normalizeDate(raw);
		return raw;
	};
	const getAll = (field: string): string[] =>
		(values[field] ?? '')
			.split(/[,;|\n]/)
			.map((s) => s.trim())
			.filter((s) => s !== '')
			.map((s) => PMKS_BY_NAME.get(fold(s)) ?? s);
	return pantiFormObject(get, getAll);
}

/**
 * Two panti are the same when their names match ignoring case and all whitespace, in the same
 * kab/kota. @example duplicateKey(' LKSA  Kasih ', '64.08') === duplicateKey('lksa kasih', '64.08')
 */
export function duplicateKey(name: string, regionCode: string): string {
	return `${regionCode}|${name.normalize('NFKC').toLowerCase().replace(/\s+/g, '')}`;
}

export interface ImportContext {
	/** Why new panti cannot be registered in this kab/kota (unknown, outside scope), or null. */
	regionProblem(regionCode: string): string | null;
	/** Registered panti names by `duplicateKey`. */
	readonly existing: ReadonlyMap<string, string>;
}

export interface PreviewRow {
	readonly number: number;
	readonly name: string;
	readonly regionCode: string;
	readonly status: 'ok' | 'error' | 'duplicate';
	/** Validation errors by column header. */
	readonly errors: Readonly<Record<string, string[]>>;
	readonly duplicate: string | null;
	/** The validated input, for `ok` rows only. */
	readonly input: PantiInput | null;
}

export interface ImportPreview {
	readonly rows: readonly PreviewRow[];
	readonly counts: { total: number; ok: number; error: number; duplicate: number };
	readonly ignoredHeaders: readonly string[];
}

const KABKOTA = /^\d{2}\.\d{2}$/;
const REGION_HEADER = HEADER_OF.get('regionCode') ?? 'kode_wilayah';

/**
 * Validates each row with the registry form's schema, checks the kab/kota against the user's
 * scope, and flags duplicates of registered panti and of earlier rows in the same file (the
 * earlier row stays; later copies are flagged, even when the earlier row has errors, so nothing
 * is saved twice by accident). Only `ok` rows are ever saved.
 */
export function previewImport(table: ImportTable, ctx: ImportContext): ImportPreview {
	const firstRowOf = new Map<string, number>();
	const rows = table.rows.map(({ number, values }): PreviewRow => {
		const input = rowToFormInput(values);
		const parsed = pantiFormSchema.safeParse(input);
		const errors: Record<string, string[]> = {};
		if (!parsed.success)
			for (const [path, messages] of Object.entries(fieldErrors(parsed.error)))
				(errors[HEADER_OF.get(baseField(path)) ?? 'baris'] ??= []).push(...messages);
		// Shown in the preview and compared for duplicates as the form would store it.
		const name = tidyText(input.name ?? '', { multiline: false }).text.trim();
		const regionCode = input.regionCode ?? '';
		if (KABKOTA.test(regionCode) && !errors[REGION_HEADER]) {
			const problem = ctx.regionProblem(regionCode);
			if (problem) errors[REGION_HEADER] = [problem];
		}
		let duplicate: string | null = null;
		if (name && KABKOTA.test(regionCode)) {
			const key = duplicateKey(name, regionCode);
			const existing = ctx.existing.get(key);
			const earlier = firstRowOf.get(key);
			if (existing !== undefined) duplicate = `Sudah terdaftar di kab/kota ini: "${existing}".`;
			else if (earlier !== undefined) duplicate = `Sama dengan baris ${earlier} di berkas ini.`;
			else firstRowOf.set(key, number);
		}
		const status = Object.keys(errors).length ? 'error' : duplicate ? 'duplicate' : 'ok';
		const data = status === 'ok' && parsed.success ? parsed.data : null;
		return { number, name, regionCode, status, errors, duplicate, input: data };
	});
	const counts = { total: rows.length, ok: 0, error: 0, duplicate: 0 };
	for (const r of rows) counts[r.status]++;
	return { rows, counts, ignoredHeaders: table.ignoredHeaders };
}
