import { describe, expect, it } from 'vitest';
import { round2, roundTo } from './round';

describe('roundTo', () => {
	it.each([
		[12.25, 1, 12.3],
		[12.24, 1, 12.2],
		[(100 * 1) / 8, 1, 12.5],
		[(100 * 2) / 3, 1, 66.7],
		[2.5, 0, 3],
		[-11.505, 2, -11.51],
		[-0.001, 2, 0],
		[5.624999999999999, 2, 5.63]
	])('roundTo(%d, %d) → %d', (x, digits, expected) => {
		expect(roundTo(x, digits)).toBe(expected);
	});

	it('round2 is roundTo with two decimals', () => {
		expect(round2(65.995)).toBe(66);
		expect(round2(5.625)).toBe(5.63);
	});
});
