import { describe, expect, it } from 'vitest';
import { stripHidden, tidyText } from './plain-text';

describe('tidyText: hidden characters removed and reported, real text kept', () => {
	it.each([
		// [label, input, single-line result, multi-line result, hidden]
		['plain Indonesian', 'LKSA Harapan Bangsa, Jl. Merdeka', null, null, false],
		['Arabic script', 'دار الأيتام الخيرية', null, null, false],
		['emoji with ZWJ and variation selector', 'Panti 👨‍👩‍👧 ❤️', null, null, false],
		['ZWNJ (Persian spelling) stays', 'می‌خواهم', null, null, false],
		['CRLF, CR, U+2028', 'a\r\nb\rc\u2028d', 'a b c d', 'a\nb\nc\nd', false],
		['tab', 'a\tb', 'a b', 'a\tb', false],
		['right-to-left override', 'LKSA \u202Eexe.gnp', 'LKSA exe.gnp', 'LKSA exe.gnp', true],
		['embeddings and pop', '\u202Aa\u202Bb\u202C\u202D', 'ab', 'ab', true],
		['isolates', '\u2066x\u2067y\u2068z\u2069', 'xyz', 'xyz', true],
		['NUL', 'Kasih\u0000', 'Kasih', 'Kasih', true],
		['C0 escape', 'merah\u001B[31m', 'merah[31m', 'merah[31m', true],
		['DEL and C1', 'a\u007Fb\u0085c\u009Bd', 'abcd', 'abcd', true],
		['lone surrogate', 'a\uD800b', 'ab', 'ab', true],
		['marks stripped, not reported', 'A\u200EB\u200FC\u061CD', 'ABCD', 'ABCD', false],
		['zero-width space, word joiner, BOM', '\uFEFFA\u200BB\u2060C', 'ABC', 'ABC', false]
	])('%s', (_label, input, line, lines, hidden) => {
		expect(tidyText(input, { multiline: false })).toEqual({ text: line ?? input, hidden });
		expect(tidyText(input, { multiline: true })).toEqual({ text: lines ?? input, hidden });
	});
});

describe('stripHidden: for printing stored text', () => {
	it.each([
		['LKSA \u202Eabc\u0000', 'LKSA abc'],
		['Jl. A\r\nNo. 1\tRT 2', 'Jl. A\r\nNo. 1\tRT 2'],
		['\u200Fدار\u200E', 'دار'],
		['Panti 🙂', 'Panti 🙂']
	])('%j → %j', (input, output) => {
		expect(stripHidden(input)).toBe(output);
	});
});
