import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectDelimiter, guardFormulas, parseCsv, toCsv } from './csv';
import { stripHidden } from './plain-text';

const BOM = '\uFEFF';

describe('detectDelimiter: judged by the header line, outside quotes', () => {
	it.each([
		['nama;alamat;kapasitas', ';'],
		['nama,alamat,kapasitas', ','],
		['"nama, lengkap";alamat', ';'],
		['"a;b;c",d,e', ','],
		[BOM + 'nama,alamat', ','],
		['nama\nx,y,z', ';'],
		['', ';']
	])('%j → %s', (header, expected) => {
		expect(detectDelimiter(header)).toBe(expected);
	});
});

describe('parseCsv', () => {
	it.each([
		[
			'semicolons',
			'a;b\nc;d',
			[
				['a', 'b'],
				['c', 'd']
			]
		],
		[
			'commas',
			'a,b\nc,d',
			[
				['a', 'b'],
				['c', 'd']
			]
		],
		[
			'CRLF and a final line break',
			'a;b\r\nc;d\r\n',
			[
				['a', 'b'],
				['c', 'd']
			]
		],
		[
			'old Mac CR',
			'a;b\rc;d',
			[
				['a', 'b'],
				['c', 'd']
			]
		],
		[
			'BOM dropped',
			BOM + 'a;b\n1;2',
			[
				['a', 'b'],
				['1', '2']
			]
		],
		[
			'delimiter inside quotes',
			'a;b\n"x;y";z',
			[
				['a', 'b'],
				['x;y', 'z']
			]
		],
		[
			'other delimiter is text',
			'a;b\nx,y;z',
			[
				['a', 'b'],
				['x,y', 'z']
			]
		],
		[
			'line break inside quotes',
			'a;b\n"baris 1\r\nbaris 2";z',
			[
				['a', 'b'],
				['baris 1\r\nbaris 2', 'z']
			]
		],
		['doubled quotes', 'a\n"say ""hi"""', [['a'], ['say "hi"']]],
		[
			'empty quoted field',
			'a;b\n"";x',
			[
				['a', 'b'],
				['', 'x']
			]
		],
		[
			'empty fields',
			'a;b;c\n;;',
			[
				['a', 'b', 'c'],
				['', '', '']
			]
		],
		['blank line kept (row numbers)', 'a\n\nb', [['a'], [''], ['b']]],
		[
			'stray quote in a field is text',
			'a;b\n5" disk;x',
			[
				['a', 'b'],
				['5" disk', 'x']
			]
		],
		[
			'spaces kept',
			'a;b\n x ; y ',
			[
				['a', 'b'],
				[' x ', ' y ']
			]
		],
		['empty text', '', []]
	])('%s', (_label, text, rows) => {
		expect(parseCsv(text)).toEqual({ ok: true, rows, delimiter: expect.any(String) });
	});

	it('reports the row where an unclosed quote opened', () => {
		expect(parseCsv('a;b\n1;2\n"x;3\n4;5')).toEqual({
			ok: false,
			reason: 'unterminated_quote',
			row: 3
		});
	});

	it('honours an explicit delimiter', () => {
		expect(parseCsv('a;b,c', ',')).toEqual({ ok: true, rows: [['a;b', 'c']], delimiter: ',' });
	});

	it.each([
		['rows', 'a\nb\nc', { maxRows: 2 }, 3],
		['rows, even blank ones', 'a\n\n\n\n', { maxRows: 3 }, 4],
		['fields in a row', 'a;b\nc;d;e', { maxFields: 2 }, 2]
	])('stops at the first of too many %s', (_label, text, limits, row) => {
		expect(parseCsv(text, ';', limits)).toEqual({ ok: false, reason: 'too_large', row });
		expect(parseCsv(text, ';').ok).toBe(true);
	});

	it('is within its limits exactly at them', () => {
		expect(parseCsv('a;b\nc;d', ';', { maxRows: 2, maxFields: 2 }).ok).toBe(true);
	});
});

describe('toCsv', () => {
	it('writes BOM, semicolons, CRLF and quotes where a spreadsheet needs them', () => {
		expect(
			toCsv([
				['nama', 'alamat', 'kapasitas'],
				['Panti "Kasih"', 'Jl. A; No. 1', '40'],
				['Baris\ndua', 'Jl. B, No. 2', ''],
				[' spasi', 'spasi ', 'tanpa spasi']
			])
		).toBe(
			BOM +
				'nama;alamat;kapasitas\r\n' +
				'"Panti ""Kasih""";"Jl. A; No. 1";40\r\n' +
				'"Baris\ndua";"Jl. B, No. 2";\r\n' +
				'" spasi";"spasi ";tanpa spasi\r\n'
		);
	});

	it('quotes both separators whichever the file uses (the reader may split on the other)', () => {
		expect(toCsv([['a,b', 'c;d', 'e']], { delimiter: ',', bom: false })).toBe('"a,b","c;d",e\r\n');
		expect(toCsv([['a,b', 'c;d', 'e']], { bom: false })).toBe('"a,b";"c;d";e\r\n');
	});

	it.each([
		['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
		['+62 812', "'+62 812"],
		['@SUM(A1)', "'@SUM(A1)"],
		['-5', "'-5"],
		['-0,5', `"'-0,5"`],
		['Panti = rumah', 'Panti = rumah'],
		["Jl. A,=cmd|' /C calc'!A0", `"Jl. A,'=cmd|' /C calc'!A0"`],
		['\t=1', "'\t=1"]
	])('guards formula-like text %j', (value, written) => {
		expect(toCsv([[value]], { delimiter: ',', bom: false })).toBe(written + '\r\n');
	});

	it('leaves formula-like text alone when the guard is off', () => {
		expect(toCsv([['=1+1']], { bom: false, guardFormulas: false })).toBe('=1+1\r\n');
	});
});

describe('round trip: parseCsv(toCsv(rows)) gives the rows back', () => {
	const rows = [
		['nama', 'alamat', 'catatan'],
		['LKSA "Harapan"', 'Jl. Merdeka; No. 5, RT 02', 'baris 1\r\nbaris 2'],
		['', ' spasi ', '""'],
		['Kota Samarinda', 'Jl. Contoh\nNo. 7', 'a,b;c']
	];
	it.each([';', ','] as const)('with %s, with and without BOM', (delimiter) => {
		for (const bom of [true, false]) {
			const text = toCsv(rows, { delimiter, bom, guardFormulas: false });
			expect(text.startsWith(BOM)).toBe(bom);
			expect(parseCsv(text)).toEqual({ ok: true, rows, delimiter });
		}
	});
});

describe('guardFormulas: an apostrophe wherever a cell could start with a formula', () => {
	it.each([
		['=1+1', "'=1+1"],
		['+62 812', "'+62 812"],
		['-2+3', "'-2+3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\t=1', "'\t=1"],
		['\r=1', "'\r'=1"],
		[' =1', "' =1"],
		['"=1"', `'"=1"`],
		['\u0000=1', "'\u0000=1"],
		["Jl. A,=cmd|' /C calc'!A0", "Jl. A,'=cmd|' /C calc'!A0"],
		["Jl. A;=cmd|' /C calc'!A0", "Jl. A;'=cmd|' /C calc'!A0"],
		['a, "=1"', `a,' "=1"`],
		['baris\n@x', "baris\n'@x"],
		['-5', "'-5"],
		['-0,5', "'-0,5"],
		['suhu;-5', "suhu;'-5"],
		['Panti = rumah', 'Panti = rumah'],
		['e-mail: a@b.id, kantor', 'e-mail: a@b.id, kantor'],
		['Jl. Merdeka No. 5, RT 02/RW 03', 'Jl. Merdeka No. 5, RT 02/RW 03'],
		['', '']
	])('%j → %j', (value, guarded) => {
		expect(guardFormulas(value)).toBe(guarded);
	});
});

/**
 * How a spreadsheet opens a CSV file, written apart from `parseCsv` (RFC 4180 as Excel reads it):
 * a quote opens a quoted field only as a field's first character, `""` inside is a quote, and
 * anything else is text up to the separator or a line break (CRLF, LF or CR).
 */
function readAsSpreadsheet(text: string, sep: string): string[][] {
	const src = text.replace(/^\uFEFF/, '');
	const rows: string[][] = [];
	let row: string[] = [];
	let i = 0;
	while (i < src.length) {
		let cell = '';
		if (src[i] === '"') {
			i++;
			while (i < src.length) {
				if (src[i] === '"' && src[i + 1] === '"') {
					cell += '"';
					i += 2;
				} else if (src[i] === '"') {
					i++;
					break;
				} else cell += src[i++];
			}
		}
		while (i < src.length && src[i] !== sep && src[i] !== '\r' && src[i] !== '\n') cell += src[i++];
		row.push(cell);
		if (src[i] === sep) {
			i++;
			if (i === src.length) row.push('');
			continue;
		}
		if (src[i] === '\r' && src[i + 1] === '\n') i++;
		i++;
		rows.push(row);
		row = [];
	}
	if (row.length) rows.push(row);
	return rows;
}

/** A cell a spreadsheet could evaluate: a formula sign, even after blanks, tabs, breaks or quotes. */
const live = (cell: string) => /^[\s"]*[=+\-@\0]/.test(cell);

describe('hostile text in an export, opened with either separator', () => {
	const hostile = [
		"Jl. A,=cmd|' /C calc'!A0",
		"Jl. A;=cmd|' /C calc'!A0",
		"Jl. A,=cmd|' /C calc'!A0,x",
		'=HYPERLINK("http://x","klik")',
		'=1+1',
		'+62 812',
		'-2+3',
		'@SUM(A1)',
		'\t=1',
		'\r=1',
		' =1',
		'"=1"',
		'a,"=1"',
		'a, =1',
		'x\n=1',
		'x\r\n@y',
		'\u0000=1',
		'a;-1+1',
		',=',
		';=',
		'"',
		'=',
		'-',
		'-5',
		'-0,5'
	];
	const benign = [
		'LKSA "Harapan"',
		'Jl. Merdeka; No. 5, RT 02',
		'baris 1\r\nbaris 2',
		'',
		' spasi ',
		'72,5',
		'Panti = rumah',
		'e-mail: a@b.id',
		'دار الأيتام',
		'Panti 🙂 Kasih'
	];
	const rows = [
		['nama', 'alamat', 'catatan'],
		...[...hostile, ...benign].map((v) => ['A', v, 'Z'])
	];

	it.each([
		[';', ';'],
		[';', ','],
		[',', ','],
		[',', ';']
	] as const)('written with %s, read with %s: no live formula cell', (written, read) => {
		const cells = readAsSpreadsheet(toCsv(rows, { delimiter: written }), read).flat();
		expect(cells.length).toBeGreaterThan(rows.length);
		expect(cells.filter(live)).toEqual([]);
	});

	it.each([';', ','] as const)(
		'read with its own separator (%s), every field comes back',
		(sep) => {
			const text = toCsv(rows, { delimiter: sep });
			const expected = rows.map((r) => r.map((v) => guardFormulas(stripHidden(v))));
			expect(readAsSpreadsheet(text, sep)).toEqual(expected);
			expect(parseCsv(text)).toEqual({ ok: true, rows: expected, delimiter: sep });
			// Harmless text comes back exactly; hostile text only gains apostrophes.
			for (const v of benign) expect(guardFormulas(v)).toBe(v);
			for (const v of hostile)
				expect(guardFormulas(v).replaceAll("'", '')).toBe(v.replaceAll("'", ''));
		}
	);

	it('drops hidden characters (NUL, bidi overrides) from every cell, keeps line breaks', () => {
		const text = toCsv([['LKSA \u202Eabc\u0000', 'a\u2066b\u2069', 'Jl. A\r\nNo. 1']]);
		expect(parseCsv(text)).toEqual({
			ok: true,
			rows: [['LKSA abc', 'ab', 'Jl. A\r\nNo. 1']],
			delimiter: ';'
		});
	});

	it('holds for arbitrary text made of the risky characters', () => {
		const risky = ['=', '+', '-', '@', ',', ';', '"', "'", ' ', '\t', '\r', '\n', 'a', '1', '\0'];
		const text = fc.string({ unit: fc.constantFrom(...risky), maxLength: 12 });
		fc.assert(
			fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (values) => {
				for (const written of [';', ','] as const) {
					const csv = toCsv([values], { delimiter: written });
					for (const read of [';', ','])
						expect(readAsSpreadsheet(csv, read).flat().filter(live)).toEqual([]);
					expect(readAsSpreadsheet(csv, written)).toEqual([
						values.map((v) => guardFormulas(stripHidden(v)))
					]);
				}
				// Text with no risky cell start (a formula sign, or a tab or CR as ASVS 1.2.10 adds)
				// is written as it is.
				for (const v of values)
					if (!/(^|[,;\r\n])[\t\r]/.test(v) && !v.split(/[,;\r\n]/).some(live))
						expect(guardFormulas(v)).toBe(v);
			}),
			{ numRuns: 2000 }
		);
	});
});
