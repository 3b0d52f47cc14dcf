import { describe, expect, it } from 'vitest';
import { MAX_PASSWORD, passwordProblem } from './password-policy';

const SHORT = 'Kata sandi minimal 10 karakter.';
const LONG = `Kata sandi maksimal ${MAX_PASSWORD} karakter.`;
const SPACES = 'Kata sandi tidak boleh hanya berisi spasi.';
const REPEATED = 'Kata sandi tidak boleh satu karakter yang diulang.';
const PATTERN = 'Kata sandi tidak boleh berupa pola pendek yang diulang atau deretan berurutan.';
const USERNAME = 'Kata sandi tidak boleh memuat nama pengguna.';
const COMMON =
	'Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain, misalnya gabungan beberapa kata.';

describe('passwordProblem', () => {
	it.each([
		// What the probe got through: only the length was checked.
		['aaaaaaaaaa', undefined, REPEATED],
		['          ', undefined, SPACES],
		['\t\t\t\t\t\n\n\n\n\n', undefined, SPACES],
		['\u3000'.repeat(10), undefined, SPACES],
		// Length, counted in characters (NFKC), not bytes
		['pendek', undefined, SHORT],
		['123456789', undefined, SHORT],
		['x'.repeat(MAX_PASSWORD) + 'y', undefined, LONG],
		// Repetition and sequences
		['1111111111', undefined, REPEATED],
		['ZZZZZZZZZZZZ', undefined, REPEATED],
		['ababababab', undefined, PATTERN],
		['2026202620', undefined, PATTERN],
		['abcabcabcabc', undefined, PATTERN],
		['abcdefghijk', undefined, PATTERN],
		['9876543210', undefined, PATTERN],
		// The username, or containing it (case and separators aside)
		['asesor.dewi', 'asesor.dewi', USERNAME],
		['Asesor.Dewi-2026', 'asesor.dewi', USERNAME],
		['asesordewi2026', 'asesor.dewi', USERNAME],
		['saya-budi-santoso', 'budi', USERNAME],
		// Common passwords, Indonesian ones, keyboard walks, this application's words
		['password123', undefined, COMMON],
		['P@ssw0rd123', undefined, COMMON],
		['1234567890', undefined, COMMON],
		['qwertyuiop', undefined, COMMON],
		['1qaz2wsx3edc', undefined, COMMON],
		['indonesia2026', undefined, COMMON],
		['Indonesia!!', undefined, COMMON],
		['bismillah123', undefined, COMMON],
		['Bismillah2024!', undefined, COMMON],
		['sayang12345', undefined, COMMON],
		['rahasia2026', undefined, COMMON],
		['aku cinta kamu', undefined, COMMON],
		['alhamdulillah', undefined, COMMON],
		['siap-demo-2026', undefined, COMMON],
		['Akreditasi2026', undefined, COMMON],
		['2026merdeka!', undefined, COMMON]
	])('%j (username %j) → %s', (password, username, problem) => {
		expect(passwordProblem(password, username)).toBe(problem);
	});

	it.each([
		['sandi-dewi-2026', 'asesor.dewi'],
		['kebun mangga di tepi sungai', 'asesor.dewi'],
		['Tiga-Kucing-Oranye-Tidur', 'kepala.kutim'],
		['jalan-ke-samarinda-1987', 'admin'],
		['bismillah-kebun-mangga', 'rina'],
		['x'.repeat(9) + 'y', undefined],
		['é'.repeat(9) + 'a', undefined],
		['pâtisserie-à-bandung', undefined],
		['z'.repeat(MAX_PASSWORD - 1) + 'q', undefined]
	])('accepts %j (username %j)', (password, username) => {
		expect(passwordProblem(password, username)).toBeNull();
	});

	it('accepts 64 characters and more, as NIST asks', () => {
		const sixtyFour = 'kata-kata panjang yang mudah diingat tetapi sulit ditebak orang!!';
		expect([...sixtyFour].length).toBeGreaterThanOrEqual(64);
		expect(passwordProblem(sixtyFour)).toBeNull();
	});
});
