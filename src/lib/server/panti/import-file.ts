/**
 * Reading an uploaded import file: size and format checks, CSV (UTF-8) or XLSX (exceljs, after
 * its cost is bounded by xlsx-budget.ts), into the table of rows the domain reads.
 */
import ExcelJS from 'exceljs';
import { parseCsv } from '$lib/domain/input/csv';
import {
	IMPORT_TOO_LARGE,
	MAX_IMPORT_BYTES,
	MAX_IMPORT_COLUMNS,
	MAX_SHEET_ROWS,
	readImportSheet,
	type ImportTable,
	type SheetRow
} from '$lib/domain/panti/import';
import { inspectXlsx } from './xlsx-budget';

/** Why an import step stopped, in words for the user. */
export type ImportFailure = { ok: false; message: string };

const starts = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

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

async function readXlsx(
	bytes: Uint8Array
): Promise<{ ok: true; sheet: SheetRow[] } | ImportFailure> {
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

function readCsv(bytes: Uint8Array): { ok: true; sheet: SheetRow[] } | ImportFailure {
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
): Promise<{ ok: true; table: ImportTable } | ImportFailure> {
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
