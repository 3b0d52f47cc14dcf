import { describe, expect, it } from 'vitest';
import { kappaWords } from './agreement-words';

describe('kappaWords', () => {
	it.each([
		[0.95, 'sangat sepakat'],
		[0.8, 'sangat sepakat'],
		[0.79, 'sepakat'],
		[0.6, 'sepakat'],
		[0.5, 'cukup sepakat'],
		[0.39, 'kesepakatan lemah'],
		[-0.2, 'kesepakatan lemah'],
		[null, 'tidak dihitung: level hampir seragam atau butir yang dinilai bersama terlalu sedikit']
	])('%s → %s', (k, words) => {
		expect(kappaWords(k)).toBe(words);
	});
});
