/**
 * The import's limits and the reading of a sheet's header and data rows into form fields; which
 * file format the rows came from is server work.
 */
import { formatNumber } from '../format';
import { IMPORT_COLUMNS } from './import-columns';

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
