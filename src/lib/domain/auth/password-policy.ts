/**
 * What a new password must be (NIST SP 800-63B §5.1.1.2): long enough, not too long to hash,
 * not on a list of common passwords, not built from the username, not one character or a short
 * pattern repeated. No composition rules (a digit, a capital…): NIST advises against them, and a
 * phrase of a few words is both stronger and easier to type on a tablet.
 */
import { COMMON_PASSWORDS } from './common-passwords';

/** Minimum length (NIST: at least 8; we ask 10). */
export const MIN_PASSWORD = 10;
/** Maximum length (NIST: allow at least 64), in characters. */
export const MAX_PASSWORD = 128;

/** l33t substitutions undone before the list is consulted: `p@ssw0rd` is `password`. */
const LEET: Record<string, string> = {
	'@': 'a',
	'4': 'a',
	'8': 'b',
	'3': 'e',
	'1': 'i',
	'!': 'i',
	'0': 'o',
	$: 's',
	'5': 's',
	'7': 't'
};

/** Lowercase, without separators: `Siap-Demo 2026` → `siapdemo2026`. */
function plain(s: string): string {
	return s.toLowerCase().replace(/[\s._\-+*/\\,;:'"`~|]+/gu, '');
}

const deLeet = (s: string) => [...s].map((c) => LEET[c] ?? c).join('');
/** Without a leading or trailing run of anything but letters: `2024bismillah!!` → `bismillah`. */
const core = (s: string) => s.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/** The forms of `password` looked up in the list. */
function candidates(password: string): string[] {
	const p = plain(password);
	return [p, deLeet(p), core(p), deLeet(core(p)), core(deLeet(p))];
}

/** True when the whole value repeats a unit of 1–4 characters (`aaaa…`, `abab…`, `20262026…`). */
function repeatsShortUnit(chars: readonly string[], unit: number): boolean {
	return chars.length > unit && chars.every((c, i) => c === chars[i % unit]);
}

/** True for a run of consecutive characters, up or down (`abcdefghij`, `9876543210`). */
function isSequence(chars: readonly string[]): boolean {
	const codes = chars.map((c) => c.codePointAt(0)!);
	const step = codes[1]! - codes[0]!;
	return Math.abs(step) === 1 && codes.every((c, i) => i === 0 || c - codes[i - 1]! === step);
}

/**
 * The first problem with `password` as a new password, in Indonesian, or null when it is fine.
 * `username` (when known) may be neither the password nor a part of it.
 *
 * @example
 * passwordProblem('aaaaaaaaaa') === 'Kata sandi tidak boleh satu karakter yang diulang.'
 * passwordProblem('Bismillah2024!') // 'Kata sandi ini terlalu umum…'
 * passwordProblem('kebun-mangga-di-tepi-sungai', 'asesor.dewi') === null
 */
export function passwordProblem(password: string, username?: string): string | null {
	const chars = [...password.normalize('NFKC')];
	if (chars.length < MIN_PASSWORD) return `Kata sandi minimal ${MIN_PASSWORD} karakter.`;
	if (chars.length > MAX_PASSWORD) return `Kata sandi maksimal ${MAX_PASSWORD} karakter.`;
	if (password.trim() === '') return 'Kata sandi tidak boleh hanya berisi spasi.';
	const lower = chars.map((c) => c.toLowerCase());
	if (repeatsShortUnit(lower, 1)) return 'Kata sandi tidak boleh satu karakter yang diulang.';
	if ([2, 3, 4].some((n) => repeatsShortUnit(lower, n)) || isSequence(lower))
		return 'Kata sandi tidak boleh berupa pola pendek yang diulang atau deretan berurutan.';
	const name = username ? plain(username) : '';
	if (name.length >= 3 && plain(password).includes(name))
		return 'Kata sandi tidak boleh memuat nama pengguna.';
	if (candidates(password).some((c) => COMMON_PASSWORDS.has(c)))
		return 'Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain, misalnya gabungan beberapa kata.';
	return null;
}
