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
import { parseCsv } from '$lib/domain/input/csv';
import { tidyText } from '$lib/domain/input/plain-text';
import {
	IMPORT_TOO_LARGE,
	MAX_IMPORT_BYTES,
	MAX_IMPORT_COLUMNS,
	MAX_IMPORT_ROWS,
	MAX_SHEET_ROWS,
	duplicateKey,
	normalizeRegionCode,
	previewImport,
	readImportSheet,
	type ImportPreview,
	type ImportTable,
	type SheetRow
} from '$lib/domain/panti/import';
import { audit } from '../audit';
import type { Db } from '../db';
import { panti, regions } from '../db/schema';
import { createPanti } from './save';

type Failure = { ok: false; message: string };

const starts = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Bounds on what exceljs would build, checked before it parses anything: it loads the whole
 * workbook into memory (a 2 MB file of 740,000 cells took 3.9 s and ~340 MB, stalling every other
 * request), so the cost must be capped by our limits, not by the file. The largest real import
 * (2,000 rows of all 32 columns, 200-character names, 500-character addresses) inflates to 4.4 MB
 * of 175,000 elements and parses in about a second; these limits leave it twice that room, and
 * the worst file within them costs about what that real one does (numbers in the commit).
 */
export const XLSX_LIMITS = {
	/** Bytes all entries may inflate to (the sizes a ZIP declares can lie: a zip bomb). */
	inflated: 10 * 1024 * 1024,
	/** `<c>` elements in all sheets: a full sheet at the row and column limits. */
	cells: (MAX_IMPORT_ROWS + 1) * MAX_IMPORT_COLUMNS,
	/** `<row>` elements, blank or formatted ones included. */
	rows: MAX_SHEET_ROWS,
	/** Start tags in all XML parts: what the parser walks (styles, shared strings, drawings…). */
	elements: 3 * (MAX_IMPORT_ROWS + 1) * MAX_IMPORT_COLUMNS
};

export type XlsxCheck = 'ok' | 'unreadable' | 'too_large';

const isLetter = (b: number | undefined) =>
	b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
/** What may follow a tag name: whitespace, `>` or `/` (so `<c` does not count `<col>`). */
const endsName = (b: number | undefined) =>
	b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;

/** Adds the start tags, `<c>` and `<row>` elements of one inflated part to `count`. */
function tally(xml: Buffer, count: { elements: number; cells: number; rows: number }): void {
	for (let i = xml.indexOf(0x3c); i !== -1; i = xml.indexOf(0x3c, i + 1)) {
		if (!isLetter(xml[i + 1])) continue;
		count.elements++;
		if (xml[i + 1] === 0x63 && endsName(xml[i + 2])) count.cells++;
		else if (
			xml[i + 1] === 0x72 &&
			xml[i + 2] === 0x6f &&
			xml[i + 3] === 0x77 &&
			endsName(xml[i + 4])
		)
			count.rows++;
	}
}

/**
 * Inflates every entry of a ZIP within the byte budget and counts the elements exceljs would
 * build, stopping at the first limit passed. `unreadable` for anything but a plain ZIP of stored
 * or deflated entries.
 */
export function inspectXlsx(bytes: Uint8Array, limits = XLSX_LIMITS): XlsxCheck {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let eocd = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--)
		if (view.getUint32(i, true) === 0x06054b50) {
			eocd = i;
			break;
		}
	if (eocd < 0) return 'unreadable';
	let left = limits.inflated;
	const count = { elements: 0, cells: 0, rows: 0 };
	let at = view.getUint32(eocd + 16, true);
	for (let n = view.getUint16(eocd + 10, true); n > 0; n--) {
		if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return 'unreadable';
		const method = view.getUint16(at + 10, true);
		const packed = view.getUint32(at + 20, true);
		const local = view.getUint32(at + 42, true);
		if (local + 30 > bytes.length) return 'unreadable';
		const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
		const data = Buffer.from(
			bytes.buffer,
			bytes.byteOffset + start,
			Math.max(0, Math.min(packed, bytes.length - start))
		);
		let part: Buffer;
		if (method === 0) part = data;
		else if (method === 8) {
			if (left <= 0) return 'too_large';
			try {
				part = inflateRawSync(data, { maxOutputLength: left });
			} catch (err) {
				const tooLarge =
					err instanceof Error && 'code' in err && err.code === 'ERR_BUFFER_TOO_LARGE';
				return tooLarge ? 'too_large' : 'unreadable';
			}
		} else return 'unreadable';
		left -= part.length;
		if (left < 0) return 'too_large';
		tally(part, count);
		if (count.cells > limits.cells || count.rows > limits.rows || count.elements > limits.elements)
			return 'too_large';
		at +=
			46 +
			view.getUint16(at + 28, true) +
			view.getUint16(at + 30, true) +
			view.getUint16(at + 32, true);
	}
	return 'ok';
}

/** A cell as the text a user sees: dates as `YYYY-MM-DD`, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value !== 'object') return String(value);
	if ('richText' in value) return value.richText.map((t) => t.text).join('');
	if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
	if ('hyperlink' in value) return cellText(value.text);
	return '';
}

async function readXlsx(bytes: Uint8Array): Promise<{ ok: true; sheet: SheetRow[] } | Failure> {
	const unreadable = { ok: false, message: 'Berkas XLSX rusak atau tidak dapat dibaca.' } as const;
	const check = inspectXlsx(bytes);
	if (check === 'unreadable') return unreadable;
	if (check === 'too_large') return { ok: false, message: IMPORT_TOO_LARGE };
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
	let wide = false;
	first.eachRow({ includeEmpty: false }, (row, number) => {
		// One cell in column XFD would make every row 16,384 strings wide: refuse, do not spread.
		if (wide || row.cellCount > MAX_IMPORT_COLUMNS) {
			wide = true;
			return;
		}
		const values = Array.isArray(row.values) ? row.values.slice(1) : [];
		sheet.push({ number, cells: Array.from(values, (v) => cellText(v)) });
	});
	if (wide) return { ok: false, message: IMPORT_TOO_LARGE };
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
	// 16,384 fields is Excel's own column limit: a longer row did not come from a spreadsheet.
	const parsed = parseCsv(text, undefined, { maxRows: MAX_SHEET_ROWS, maxFields: 16_384 });
	if (!parsed.ok && parsed.reason === 'too_large') return { ok: false, message: IMPORT_TOO_LARGE };
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
