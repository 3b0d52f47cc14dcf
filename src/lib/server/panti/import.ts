/**
 * Panti import: reads an uploaded CSV or XLSX, previews it against the database (scope,
 * duplicates), and saves the previewed rows in one transaction. The confirm step gets the file
 * again (a hidden field on the preview page) and re-does the whole preview: nothing the browser
 * sends is trusted, and the digest of the preview refuses a save if anything changed since.
 */
import { createHash } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { inArray } from 'drizzle-orm';
import { canManagePantiIn, type Actor } from '$lib/domain/access';
import { parseCsv } from '$lib/domain/csv';
import { tidyText } from '$lib/domain/plain-text';
import {
	MAX_IMPORT_BYTES,
	duplicateKey,
	normalizeRegionCode,
	previewImport,
	readImportSheet,
	type ImportPreview,
	type ImportTable,
	type SheetRow
} from '$lib/domain/panti-import';
import { audit } from '../audit';
import type { Db } from '../db';
import { panti, regions } from '../db/schema';
import { createPanti } from './save';

type Failure = { ok: false; message: string };

const starts = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** Most a workbook may inflate to: a 2,000-row sheet is a few MB; a zip bomb is gigabytes. */
const MAX_XLSX_INFLATED = 40 * 1024 * 1024;

/**
 * Inflates every entry of a ZIP with a hard output budget (the sizes a ZIP declares can lie), so
 * a small "XLSX" cannot expand into gigabytes inside the spreadsheet library. True when within.
 */
export function zipWithinBudget(bytes: Uint8Array, budget = MAX_XLSX_INFLATED): boolean {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let eocd = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--)
		if (view.getUint32(i, true) === 0x06054b50) {
			eocd = i;
			break;
		}
	if (eocd < 0) return false;
	let left = budget;
	let at = view.getUint32(eocd + 16, true);
	for (let n = view.getUint16(eocd + 10, true); n > 0; n--) {
		if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return false;
		const method = view.getUint16(at + 10, true);
		const packed = view.getUint32(at + 20, true);
		const local = view.getUint32(at + 42, true);
		if (local + 30 > bytes.length) return false;
		const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
		const data = bytes.subarray(start, start + packed);
		if (method === 0) left -= data.length;
		else if (method === 8) {
			if (left <= 0) return false;
			try {
				left -= inflateRawSync(data, { maxOutputLength: left }).length;
			} catch {
				return false;
			}
		} else return false;
		if (left < 0) return false;
		at +=
			46 +
			view.getUint16(at + 28, true) +
			view.getUint16(at + 30, true) +
			view.getUint16(at + 32, true);
	}
	return true;
}

/** A cell as the text a user sees: dates as `YYYY-MM-DD`, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value !== 'object') return String(value);
	if ('richText' in value) return value.richText.map((t) => t.text).join('');
	if ('formula' in value || 'sharedFormula' in value)
		return cellText(value.result as ExcelJS.CellValue);
	if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
	return '';
}

async function readXlsx(bytes: Uint8Array): Promise<{ ok: true; sheet: SheetRow[] } | Failure> {
	const unreadable = { ok: false, message: 'Berkas XLSX rusak atau tidak dapat dibaca.' } as const;
	if (!zipWithinBudget(bytes)) return unreadable;
	const workbook = new ExcelJS.Workbook();
	try {
		// exceljs declares its own global `Buffer` that no longer matches Node's typings.
		type XlsxInput = Parameters<typeof workbook.xlsx.load>[0];
		await workbook.xlsx.load(Buffer.from(bytes) as unknown as XlsxInput);
	} catch {
		return unreadable;
	}
	const first = workbook.worksheets[0];
	if (!first) return { ok: false, message: 'Berkas XLSX tidak berisi lembar kerja.' };
	const sheet: SheetRow[] = [];
	first.eachRow({ includeEmpty: false }, (row, number) => {
		const values = Array.isArray(row.values) ? row.values.slice(1) : [];
		sheet.push({ number, cells: Array.from(values, (v) => cellText(v as ExcelJS.CellValue)) });
	});
	return { ok: true, sheet };
}

function readCsv(bytes: Uint8Array): { ok: true; sheet: SheetRow[] } | Failure {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return {
			ok: false,
			message:
				'Berkas CSV harus berkode UTF-8. Di Excel pilih Simpan Sebagai → "CSV UTF-8 (dipisahkan koma)", atau unggah berkas .xlsx.'
		};
	}
	if (text.includes('\u0000')) return { ok: false, message: 'Berkas bukan CSV atau XLSX.' };
	const parsed = parseCsv(text);
	if (!parsed.ok)
		return {
			ok: false,
			message: `Tanda kutip (") yang dibuka di baris ${parsed.row} tidak pernah ditutup.`
		};
	return { ok: true, sheet: parsed.rows.map((cells, i) => ({ number: i + 1, cells })) };
}

/** The uploaded bytes as a table of import rows, or why they cannot be read. */
export async function readImportFile(
	bytes: Uint8Array
): Promise<{ ok: true; table: ImportTable } | Failure> {
	if (bytes.length === 0) return { ok: false, message: 'Berkas kosong.' };
	if (bytes.length > MAX_IMPORT_BYTES)
		return { ok: false, message: 'Berkas lebih dari 2 MB. Bagi menjadi beberapa berkas.' };
	if (starts(bytes, OLE))
		return {
			ok: false,
			message: 'Format Excel lama (.xls) tidak didukung. Simpan sebagai .xlsx atau CSV UTF-8.'
		};
	const read = starts(bytes, ZIP) ? await readXlsx(bytes) : readCsv(bytes);
	if (!read.ok) return read;
	return readImportSheet(read.sheet);
}

/** Previews a table against the database: kab/kota checks and registered names, for the actor. */
export function previewTable(db: Db, actor: Actor, table: ImportTable): ImportPreview {
	const codes = [...new Set(table.rows.map((r) => normalizeRegionCode(r.values.regionCode ?? '')))];
	const known = new Map(
		db
			.select({ code: regions.code, level: regions.level })
			.from(regions)
			.where(inArray(regions.code, codes))
			.all()
			.map((r) => [r.code, r.level])
	);
	const existing = new Map(
		db
			.select({ name: panti.name, regionCode: panti.regionCode })
			.from(panti)
			.where(inArray(panti.regionCode, codes))
			.all()
			.map((p) => [duplicateKey(p.name, p.regionCode), p.name])
	);
	return previewImport(table, {
		existing,
		regionProblem: (code) => {
			if (known.get(code) !== 'regency') return 'Kabupaten/kota tidak dikenal.';
			if (!canManagePantiIn(actor, code))
				return 'Kabupaten/kota ini di luar wilayah kewenangan Anda.';
			return null;
		}
	});
}

/** What the confirm step must find again: the same file and the same outcome for every row. */
export function previewDigest(bytes: Uint8Array, preview: ImportPreview): string {
	const file = createHash('sha256').update(bytes).digest('hex');
	const rows = preview.rows.map((r) => [r.number, r.status]);
	return createHash('sha256').update(JSON.stringify({ file, rows })).digest('hex');
}

export type PreviewResult = { ok: true; preview: ImportPreview; digest: string } | Failure;

/** What the preview page shows: the outcome per row, never the parsed data. */
export function previewView(preview: ImportPreview) {
	return {
		counts: preview.counts,
		ignoredHeaders: preview.ignoredHeaders,
		rows: preview.rows.map((r) => ({
			number: r.number,
			name: r.name,
			regionCode: r.regionCode,
			status: r.status,
			errors: Object.entries(r.errors).map(([column, messages]) => ({ column, messages })),
			duplicate: r.duplicate
		}))
	};
}

/** Step 1: read and check the file; nothing is saved. */
export async function previewPantiImport(
	db: Db,
	actor: Actor,
	bytes: Uint8Array
): Promise<PreviewResult> {
	const read = await readImportFile(bytes);
	if (!read.ok) return read;
	const preview = previewTable(db, actor, read.table);
	return { ok: true, preview, digest: previewDigest(bytes, preview) };
}

export type ConfirmResult = { ok: true; ids: number[] } | Failure;

class RowRefused extends Error {}

/**
 * Step 2: saves the `ok` rows of the preview whose digest is `digest`, all in one transaction
 * (all or nothing), each audited as a create plus an import note naming the file and row. The
 * preview is recomputed inside the (immediate) transaction, so no other write can slip between
 * the check and the save.
 */
export async function confirmPantiImport(
	db: Db,
	actor: Actor,
	file: { bytes: Uint8Array; name: string },
	digest: string,
	now: Date
): Promise<ConfirmResult> {
	const read = await readImportFile(file.bytes);
	if (!read.ok) return read;
	const changed = {
		ok: false,
		message:
			'Data berubah sejak pratinjau (berkas atau daftar panti). Unggah ulang berkasnya lalu periksa lagi.'
	} as const;
	try {
		return db.transaction(
			(): ConfirmResult => {
				const preview = previewTable(db, actor, read.table);
				if (previewDigest(file.bytes, preview) !== digest) return changed;
				const rows = preview.rows.filter((r) => r.status === 'ok' && r.input);
				if (rows.length === 0)
					return { ok: false, message: 'Tidak ada baris yang dapat disimpan.' };
				const ids = rows.map((row) => {
					const saved = createPanti(db, actor, row.input!, now);
					if (!saved.ok) throw new RowRefused(`Baris ${row.number} ditolak saat disimpan.`);
					audit(db, {
						userId: actor.id,
						action: 'panti.import',
						entityType: 'panti',
						entityId: saved.id,
						after: {
							berkas: tidyText(file.name, { multiline: false }).text.slice(0, 200),
							baris: row.number
						}
					});
					return saved.id;
				});
				return { ok: true, ids };
			},
			{ behavior: 'immediate' }
		);
	} catch (err) {
		if (err instanceof RowRefused)
			return { ok: false, message: `${err.message} Tidak ada yang disimpan.` };
		throw err;
	}
}
