import { describe, expect, it } from 'vitest';
import { cleanText, optionalText, requiredText } from './form-fields';

const HIDDEN_MESSAGE =
	'Nama berisi karakter tersembunyi (karakter kontrol atau pengatur arah teks). Hapus lalu ketik ulang isiannya.';

describe('requiredText / optionalText refuse hidden characters (identity text)', () => {
	const name = requiredText('Nama', 3, 20);
	it.each(['LKSA \u202Eabc', 'LKSA\u0000', 'a\u2066bc\u2069', 'abc\u009B', 'ab\uD800c'])(
		'%j is refused with one message',
		(value) => {
			const r = name.safeParse(value);
			expect(r.success).toBe(false);
			expect(r.error?.issues.map((i) => i.message)).toEqual([HIDDEN_MESSAGE]);
		}
	);

	it.each([
		['  LKSA Kasih  ', 'LKSA Kasih'],
		['LKSA\u200F Kasih', 'LKSA Kasih'],
		['LKSA\r\nKasih', 'LKSA Kasih'],
		['دار الأيتام', 'دار الأيتام'],
		['Panti 🙂', 'Panti 🙂']
	])('%j is accepted as %j', (value, stored) => {
		expect(name.parse(value)).toBe(stored);
	});

	it('keeps line breaks where the field is multi-line', () => {
		expect(requiredText('Alamat', 5, 100, { multiline: true }).parse('Jl. A\r\nNo. 1')).toBe(
			'Jl. A\nNo. 1'
		);
	});

	it('still says what is missing or too long', () => {
		expect(name.safeParse(undefined).error?.issues[0]?.message).toBe('Nama wajib diisi.');
		expect(name.safeParse('ab').error?.issues[0]?.message).toBe('Nama minimal 3 karakter.');
		expect(optionalText('Nomor', 5).safeParse('123456').error?.issues[0]?.message).toBe(
			'Nomor maksimal 5 karakter.'
		);
		expect(optionalText('Nomor', 5).parse('')).toBeNull();
		expect(optionalText('Nomor', 5).safeParse('1\u202E2').success).toBe(false);
	});
});

describe('strip: notes keep the text and lose the hidden characters', () => {
	const note = cleanText('Catatan', { multiline: true, hidden: 'strip' });
	it.each([
		['Akta \u202Etersedia\u0000', 'Akta tersedia'],
		['baris 1\r\nbaris 2\tkolom', 'baris 1\nbaris 2\tkolom'],
		['tanpa masalah ', 'tanpa masalah ']
	])('%j → %j', (value, stored) => {
		expect(note.parse(value)).toBe(stored);
	});
	it('can also strip in a required field', () => {
		const reason = requiredText('Alasan', 10, 100, { multiline: true, hidden: 'strip' });
		expect(reason.parse('Sertifikat \u202Edicabut\u0000 karena')).toBe('Sertifikat dicabut karena');
	});
});
