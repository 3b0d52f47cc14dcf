/**
 * CSV as Excel reads and writes it (RFC 4180 plus what spreadsheets actually produce): a parser
 * for uploads and a writer for downloads, shared by the panti import, the registry export and
 * any later export.
 */
import { roundTo } from '../round';
import { stripHidden } from './plain-text';

export type CsvDelimiter = ',' | ';';

export type CsvParseResult =
	| { ok: true; rows: string[][]; delimiter: CsvDelimiter }
	| { ok: false; reason: 'unterminated_quote'; row: number }
	| { ok: false; reason: 'too_large'; row: number };

const BOM = '\uFEFF';

/**
 * The delimiter of a file, judged by its header line: whichever of `;` and `,` occurs more often
 * outside quotes (ties go to `;`, what Indonesian Excel writes).
 * @example detectDelimiter('nama;alamat\nA;"Jl. X, No. 1"') === ';'
 */
export function detectDelimiter(text: string): CsvDelimiter {
	let semicolons = 0;
	let commas = 0;
	let quoted = false;
	for (const ch of text.startsWith(BOM) ? text.slice(1) : text) {
		if (ch === '"') quoted = !quoted;
		else if (quoted) continue;
		else if (ch === '\n' || ch === '\r') break;
		else if (ch === ';') semicolons++;
		else if (ch === ',') commas++;
	}
	return commas > semicolons ? ',' : ';';
}

/**
 * Splits CSV text into rows of fields. A leading BOM is dropped; line ends may be CRLF, LF or CR;
 * quoted fields may hold the delimiter, line breaks and doubled quotes. Lenient where Excel is
 * (a stray quote inside an unquoted field is kept as text); the one hard error is a quote that
 * never closes, reported with the row where it opened (1-based, as a spreadsheet counts). A final
 * line break does not make an extra row; blank lines inside the file are kept as `['']` so row
 * numbers stay those of the spreadsheet. With `maxRows` or `maxFields` (per row), reading stops
 * at the first row or field beyond them (`too_large`), so the work is bounded by the limits rather
 * than by the file.
 * @example parseCsv('a;b\r\n"x;1";"say ""hi"""') → rows [['a','b'],['x;1','say "hi"']]
 */
export function parseCsv(
	text: string,
	delimiter?: CsvDelimiter,
	limits: { maxRows?: number; maxFields?: number } = {}
): CsvParseResult {
	const maxRows = limits.maxRows ?? Infinity;
	const maxFields = limits.maxFields ?? Infinity;
	const src = text.startsWith(BOM) ? text.slice(1) : text;
	const sep = delimiter ?? detectDelimiter(src);
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let quoteRow = 0;
	let i = 0;
	const endRow = () => {
		row.push(field);
		rows.push(row);
		row = [];
		field = '';
	};
	while (i < src.length) {
		const ch = src[i]!;
		if (quoted) {
			if (ch !== '"') field += ch;
			else if (src[i + 1] === '"') {
				field += '"';
				i++;
			} else quoted = false;
		} else if (ch === '"' && field === '') {
			quoted = true;
			quoteRow = rows.length + 1;
		} else if (ch === sep) {
			row.push(field);
			field = '';
			if (row.length >= maxFields) return { ok: false, reason: 'too_large', row: rows.length + 1 };
		} else if (ch === '\r' || ch === '\n') {
			if (ch === '\r' && src[i + 1] === '\n') i++;
			endRow();
			if (rows.length > maxRows) return { ok: false, reason: 'too_large', row: rows.length };
		} else field += ch;
		i++;
	}
	if (quoted) return { ok: false, reason: 'unterminated_quote', row: quoteRow };
	if (field !== '' || row.length > 0) endRow();
	if (rows.length > maxRows) return { ok: false, reason: 'too_large', row: rows.length };
	return { ok: true, rows, delimiter: sep };
}

export interface CsvWriteOptions {
	delimiter?: CsvDelimiter;
	/** Start with a UTF-8 byte order mark, so Excel reads the file as UTF-8 (default true). */
	bom?: boolean;
	/** Neutralize text a spreadsheet would run as a formula (see `guardFormulas`). Default true. */
	guardFormulas?: boolean;
}

/** What makes a cell a formula once a spreadsheet has skipped spaces and quotes (ASVS 1.2.10). */
const RISKY_START = /[\t\r]|[ \t\u00a0"]*[=+\-@\0]/;

/**
 * The text with an apostrophe before every place a spreadsheet could read as the start of a
 * formula cell (`=`, `+`, `-`, `@`, NUL, or a tab or CR; OWASP "CSV injection", ASVS 1.2.10). Not
 * only the start: a `;` file opened by an en-US Excel is split at commas, where quoting does not
 * help (Excel honours a quote only at the start of a cell), so `Jl. A,=cmd|…` would put `=cmd|…`
 * in a cell of its own. Hence every position after `,`, `;` or a line break is guarded as well.
 * Signed numbers are guarded too: `-1` followed by the next field `1+cmd|…` reads as the formula
 * `-1,1+cmd|…` where the comma is the decimal separator. Our exports hold no negative numbers.
 * @example guardFormulas('Jl. A,=cmd') === "Jl. A,'=cmd"
 */
export function guardFormulas(value: string): string {
	if (!/[=+\-@\0\t\r]/.test(value)) return value;
	// Local regexes: `lastIndex` is state, and these are used by position.
	const risky = new RegExp(RISKY_START, 'y');
	const cellBreak = /[,;\r\n]/g;
	let out = '';
	let start = 0;
	for (;;) {
		cellBreak.lastIndex = start;
		const next = cellBreak.exec(value);
		const end = next ? next.index + 1 : value.length;
		risky.lastIndex = start;
		if (risky.test(value)) out += "'";
		out += value.slice(start, end);
		if (!next) return out;
		start = end;
	}
}

/** RFC 4180 quoting whatever the separator, so a file read with the other one still splits right. */
const NEEDS_QUOTES = /[,;"\r\n]|^\s|\s$/;

function csvField(value: string, guard: boolean): string {
	// Hidden characters (a NUL, a bidi override) are dropped whatever the field: rows stored before
	// the boundary refused them still exist. See plain-text.ts.
	const plain = stripHidden(value);
	const text = guard ? guardFormulas(plain) : plain;
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes rows as CSV for Excel: CRLF line ends; hidden characters dropped; a field is quoted when it holds either separator
 * (`,` or `;`, whichever the file uses: the reader's Excel may use the other), a quote, a line
 * break or leading/trailing spaces; formula-like text is guarded (see `guardFormulas`). Defaults
 * (`;`, BOM) suit Indonesian Excel, whose decimal separator is the comma.
 * @example toCsv([['nama', 'kapasitas'], ['Panti "Kasih"', '40']]) === '\uFEFFnama;kapasitas\r\n"Panti ""Kasih""";40\r\n'
 */
export function toCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
	const sep = options.delimiter ?? ';';
	const guard = options.guardFormulas ?? true;
	const body = rows.map((r) => r.map((v) => csvField(v, guard)).join(sep) + '\r\n').join('');
	return ((options.bom ?? true) ? BOM : '') + body;
}

/**
 * A number as a CSV cell for Indonesian Excel: rounded to `digits` decimals (2 unless told), a
 * decimal comma (the `;` files are written for the comma-decimal locale), no thousands separator
 * (Excel would read `1.234` as 1,234), an empty cell for no value.
 * @example csvNumber(84.61538461538461) === '84,62'; csvNumber(40) === '40'; csvNumber(null) === ''
 */
export function csvNumber(v: number | null | undefined, digits = 2): string {
	return v === null || v === undefined || !Number.isFinite(v)
		? ''
		: String(roundTo(v, digits)).replace('.', ',');
}
