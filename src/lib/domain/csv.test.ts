import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv, toCsv } from './csv';

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
});

describe('toCsv', () => {
	it('writes BOM, semicolons, CRLF and quotes only where needed', () => {
		expect(
			toCsv([
				['nama', 'alamat', 'kapasitas'],
				['Panti "Kasih"', 'Jl. A; No. 1', '40'],
				['Baris\ndua', 'Jl. B, No. 2', '']
			])
		).toBe(
			BOM +
				'nama;alamat;kapasitas\r\n' +
				'"Panti ""Kasih""";"Jl. A; No. 1";40\r\n' +
				'"Baris\ndua";Jl. B, No. 2;\r\n'
		);
	});

	it('with commas and no BOM, quotes commas instead', () => {
		expect(toCsv([['a,b', 'c;d']], { delimiter: ',', bom: false })).toBe('"a,b",c;d\r\n');
	});

	it.each([
		['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
		['+62 812', "'+62 812"],
		['@SUM(A1)', "'@SUM(A1)"],
		['-5', '-5'],
		['-0,5', '"-0,5"'],
		['Panti = rumah', 'Panti = rumah']
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
