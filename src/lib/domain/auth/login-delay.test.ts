import { describe, expect, it } from 'vitest';
import { ADDRESS_POLICY, delayAfter, formatWait, PAIR_POLICY } from './login-delay';

describe('delayAfter', () => {
	it.each([
		[0, 0],
		[1, 0],
		[2, 0],
		[3, 1000],
		[4, 2000],
		[5, 4000],
		[6, 8000],
		[10, 128_000],
		[12, 512_000],
		[13, 900_000], // 1,024 s would pass the 15-minute cap
		[100, 900_000],
		[1e9, 900_000]
	])('one account from one address: after %i failures wait %i ms', (failures, ms) => {
		expect(delayAfter(failures, PAIR_POLICY)).toBe(ms);
	});

	it.each([
		[19, 0],
		[20, 1000],
		[21, 2000],
		[30, 900_000]
	])('one address over all accounts: after %i failures wait %i ms', (failures, ms) => {
		expect(delayAfter(failures, ADDRESS_POLICY)).toBe(ms);
	});
});

describe('formatWait', () => {
	it.each([
		[0, '1 detik'],
		[1, '1 detik'],
		[1000, '1 detik'],
		[1001, '2 detik'],
		[60_000, '60 detik'],
		[60_001, '2 menit'],
		[900_000, '15 menit']
	])('%i ms → %s', (ms, text) => {
		expect(formatWait(ms)).toBe(text);
	});
});
