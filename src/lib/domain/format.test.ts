import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from './format';

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

	it('shows a timestamp as its date in the panti’s zone: the local day near midnight', () => {
		expect(formatDate('2025-09-10T15:59:00Z', 'WITA')).toBe('10 September 2025');
		expect(formatDate('2025-09-10T16:00:00Z', 'WITA')).toBe('11 September 2025');
		expect(formatDate('2025-09-10T15:00:00Z', 'WIT')).toBe('11 September 2025');
		// A calendar date is the same day in every zone.
		expect(formatDate('2025-09-10', 'WIT')).toBe('10 September 2025');
	});

	it('empty → dash; garbage is shown as given rather than throwing', () => {
		expect(formatDate(null)).toBe('—');
		expect(formatDate(undefined)).toBe('—');
		expect(formatDate('')).toBe('—');
		expect(formatDate('bukan tanggal')).toBe('bukan tanggal');
		expect(formatDate('2026-13-45')).toBe('2026-13-45');
	});
});

describe('formatDateTime', () => {
	it.each([
		['2026-12-03T06:05:00Z', 'WITA', '3 Des 2026 14.05 WITA'],
		['2026-12-03T06:05:00Z', 'WIB', '3 Des 2026 13.05 WIB'],
		['2026-12-03T06:05:00Z', 'WIT', '3 Des 2026 15.05 WIT'],
		// Near midnight: the local day and a 24-hour clock, never "24.00".
		['2026-12-03T16:00:00Z', 'WITA', '4 Des 2026 00.00 WITA'],
		['2026-12-03T15:59:00Z', 'WITA', '3 Des 2026 23.59 WITA'],
		['2026-12-31T17:30:00Z', 'WIB', '1 Jan 2027 00.30 WIB']
	] as const)('%s in %s → %s', (iso, zone, expected) => {
		expect(formatDateTime(iso, zone)).toBe(expected);
	});

	it('is labelled WIB when no zone is known; empty → dash', () => {
		expect(formatDateTime('2026-11-23T07:05:00Z')).toBe('23 Nov 2026 14.05 WIB');
		expect(formatDateTime(null)).toBe('—');
		expect(formatDateTime('bukan waktu')).toBe('bukan waktu');
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
