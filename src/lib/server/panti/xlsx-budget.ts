/**
 * What an XLSX upload would cost to parse, measured before exceljs sees it: the ZIP's entries are
 * inflated within a byte budget and their XML elements counted against the import's limits.
 */
import { inflateRawSync } from 'node:zlib';
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, MAX_SHEET_ROWS } from '$lib/domain/panti/import';

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
