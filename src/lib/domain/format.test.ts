import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from './format';

describe('formatDate', () => {
	it.each([
		['2026-11-23', '23 November 2026'],
		['2025-09-10', '10 September 2025'],
		['2024-02-29', '29 Februari 2024'],
		['2026-01-01', '1 Januari 2026']
	])('calendar date %s → %s, never shifted by a time zone', (input, expected) => {
		expect(formatDate(input)).toBe(expected);
	});

	it('shows a timestamp as its date in WIB (UTC+7)', () => {
		expect(formatDate('2025-09-10T16:59:59.999Z')).toBe('10 September 2025');
		expect(formatDate('2025-09-10T17:00:00.000Z')).toBe('11 September 2025');
		expect(formatDate('2026-12-31T20:00:00Z')).toBe('1 Januari 2027');
	});

	it('empty → dash; garbage is shown as given rather than throwing', () => {
		expect(formatDate(null)).toBe('—');
		expect(formatDate(undefined)).toBe('—');
		expect(formatDate('')).toBe('—');
		expect(formatDate('bukan tanggal')).toBe('bukan tanggal');
		expect(formatDate('2026-13-45')).toBe('2026-13-45');
	});
});

describe('formatNumber', () => {
	it.each([
		[72.5, 1, '72,5'],
		[72.46, 1, '72,5'],
		[75, 1, '75'],
		[1234.56, 1, '1.234,6'],
		[66.666, 2, '66,67'],
		[0.5, 0, '1'],
		[-3.25, 2, '-3,25'],
		[-0.001, 2, '0']
	])('%s with %s digits → %s', (n, digits, expected) => {
		expect(formatNumber(n, digits)).toBe(expected);
	});

	it('defaults to one decimal; missing or non-finite → dash', () => {
		expect(formatNumber(72.54)).toBe('72,5');
		expect(formatNumber(null)).toBe('—');
		expect(formatNumber(Number.NaN)).toBe('—');
		expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('—');
	});
});
