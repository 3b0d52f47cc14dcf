import { describe, expect, it } from 'vitest';
import { duplicateKey } from './import-preview';

describe('duplicateKey', () => {
	it.each([
		['LKSA Kasih Ibu', ' lksa  KASIH ibu '],
		['LKSA Kasih Ibu', 'L.K.S.A. "Kasih-Ibu"'],
		['Panti Werdha Budi Luhur', 'Panti Werdha, Budi Luhur.'],
		['Panti Asuhan Al-Ikhlas', 'panti asuhan al ikhlas'],
		['ＬＫＳＡ Kasih', 'LKSA Kasih']
	])('%s = %s in the same kab/kota', (a, b) => {
		expect(duplicateKey(a, '64.08')).toBe(duplicateKey(b, '64.08'));
	});

	it.each([
		['LKSA Kasih Ibu', 'LKSA Kasih Ibu 2', '64.08', '64.08'],
		['LKSA Kasih Ibu', 'LKSA Kasih Ibu', '64.08', '64.72']
	])('%s ≠ %s (%s, %s)', (a, b, ra, rb) => {
		expect(duplicateKey(a, ra)).not.toBe(duplicateKey(b, rb));
	});
});
