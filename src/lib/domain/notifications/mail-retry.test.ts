import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './mail-retry';

describe('the wait before a failed mail is tried again', () => {
	it.each([
		[1, '30 s', 30_000],
		[2, '1 min', 60_000],
		[3, '2 min', 120_000],
		[4, '4 min', 240_000],
		[7, '32 min', 1_920_000],
		[8, 'capped at 1 h', 3_600_000],
		[50, 'still 1 h', 3_600_000],
		[0, 'as the first', 30_000]
	])('after %i failures: %s', (failed, _label, ms) => {
		expect(retryDelayMs(failed)).toBe(ms);
	});
});
