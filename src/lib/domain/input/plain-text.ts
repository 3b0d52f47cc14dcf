/**
 * Hidden characters in text people type or paste. A NUL or a right-to-left override
 * (U+202E) in a panti name was stored, then printed in CSV exports and on certificates, where an
 * override silently reverses what readers see. Every text field passes through `tidyText` at the
 * boundary (the zod builders in form-fields.ts); Indonesian, Arabic-script names and emoji stay.
 *
 * What is hidden, and what happens to it:
 * - control characters: C0 except tab and line feed, DEL, C1 (incl. NUL), and lone surrogates
 *   (a JSON body can carry `"\ud800"`, which SQLite would store as broken UTF-8);
 * - bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder whole
 *   runs of text, the "Trojan Source" trick;
 * both are reported (`hidden`) and removed from `text`: a field refuses or strips them (see the
 * builders). Always stripped without a word, because they are invisible, change no order and
 * arrive unseen in text copied from phones and chat apps: the bidi marks U+200E, U+200F, U+061C
 * (they only nudge neighbouring punctuation; browsers order Arabic script without them, and
 * pdfmake, which has no bidi algorithm, would print them as boxes), and the zero-width space, word
 * joiner and BOM (U+200B, U+2060, U+FEFF), which would make two equal names differ. The zero-width
 * joiner and non-joiner (U+200D, U+200C) stay: emoji sequences and some scripts need them.
 */

const LINE_BREAK = /\r\n?|[\u2028\u2029]/g;
const INVISIBLE = /[\u200e\u200f\u061c\u200b\u2060\ufeff]/g;
const HIDDEN = /(?![\t\n])[\p{Cc}\p{Cs}]|[\u202a-\u202e\u2066-\u2069]/u;
const HIDDEN_ALL = new RegExp(HIDDEN, 'gu');
/** For output: the same characters, but CR stays (stored text may hold CRLF line ends). */
const HIDDEN_OUT =
	/(?![\t\n\r])[\p{Cc}\p{Cs}]|[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b\u2060\ufeff]/gu;

export interface TextRules {
	/** Line breaks are kept (addresses, notes); otherwise they and tabs become spaces. */
	readonly multiline: boolean;
}

export interface TidyText {
	/** The text with line breaks normalized to `\n` and every hidden character removed. */
	readonly text: string;
	/** Whether a control or reordering character was removed (invisible marks do not count). */
	readonly hidden: boolean;
}

/**
 * Normalizes line breaks, removes invisible marks, and removes (and reports) control and bidi
 * reordering characters.
 * @example tidyText('LKSA \u202Eabc\u0000', { multiline: false }) → { text: 'LKSA abc', hidden: true }
 * @example tidyText('Jl. A\r\nNo. 1', { multiline: false }) → { text: 'Jl. A No. 1', hidden: false }
 */
export function tidyText(value: string, rules: TextRules): TidyText {
	let text = value.replace(LINE_BREAK, '\n').replace(INVISIBLE, '');
	if (!rules.multiline) text = text.replace(/[\t\n]/g, ' ');
	const hidden = HIDDEN.test(text);
	return { text: hidden ? text.replace(HIDDEN_ALL, '') : text, hidden };
}

/**
 * Text as it may be printed (CSV cells, PDF text): every hidden character removed, line breaks
 * untouched. For data stored before the boundary checks existed, which the immutable snapshot of
 * a finalized assessment keeps for good: a certificate must not print a reversed name.
 * @example stripHidden('LKSA \u202Eabc\r\n') === 'LKSA abc\r\n'
 */
export function stripHidden(value: string): string {
	return value.replace(HIDDEN_OUT, '');
}
