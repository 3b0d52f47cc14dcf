/**
 * Indonesian formatting (id-ID), the one module pages and PDFs use, so a certificate reads the
 * same everywhere: `23 November 2026`, `23 Nov 2026 14.05 WIB`, `1.234,5`. Numbers shown to people go
 * through `formatNumber` rather than a raw `toLocaleString`.
 */

import { ZONE_IANA, type Zone } from './time-zone';

const YMD = /^\d{4}-\d{2}-\d{2}$/;

// A bare calendar date has no time zone: format it as-is (UTC) so it never shifts a day.
const CALENDAR_DATE = new Intl.DateTimeFormat('id-ID', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function cached(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
	let format = dateFormats.get(key);
	if (!format) dateFormats.set(key, (format = make()));
	return format;
}

/**
 * `2026-11-23` → `23 November 2026`; a full ISO timestamp is shown as the date it was in `zone`
 * (WIB unless told: `2025-09-10T17:30:00Z` → `11 September 2025`, in WIT already at 15:00Z).
 * Empty → `—`; anything unparsable is returned unchanged, so a bad value shows up rather than
 * breaking a page or a PDF.
 */
export function formatDate(isoOrYmd: string | null | undefined, zone: Zone = 'WIB'): string {
	if (!isoOrYmd) return '—';
	const value = isoOrYmd.trim();
	if (YMD.test(value)) {
		const d = new Date(value + 'T00:00:00Z');
		return Number.isNaN(d.getTime()) ? value : CALENDAR_DATE.format(d);
	}
	const d = new Date(value);
	if (Number.isNaN(d.getTime())) return value;
	const format = cached(
		`date-${zone}`,
		() =>
			new Intl.DateTimeFormat('id-ID', {
				day: 'numeric',
				month: 'long',
				year: 'numeric',
				timeZone: ZONE_IANA[zone]
			})
	);
	return format.format(d);
}

/**
 * An ISO timestamp in `zone` (WIB unless told), always labelled with it; empty → `—`.
 * @example formatDateTime('2026-12-03T06:05:00Z', 'WITA') // '3 Des 2026 14.05 WITA'
 */
export function formatDateTime(iso: string | null | undefined, zone: Zone = 'WIB'): string {
	if (!iso) return '—';
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) return iso;
	const format = cached(
		`time-${zone}`,
		() =>
			new Intl.DateTimeFormat('id-ID', {
				day: 'numeric',
				month: 'short',
				year: 'numeric',
				hour: '2-digit',
				minute: '2-digit',
				hourCycle: 'h23',
				timeZone: ZONE_IANA[zone]
			})
	);
	const parts = Object.fromEntries(format.formatToParts(d).map((p) => [p.type, p.value]));
	return `${parts.day} ${parts.month} ${parts.year} ${parts.hour}.${parts.minute} ${zone}`;
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/**
 * A number with a decimal comma and dot grouping, rounded to at most `digits` decimals without
 * trailing zeros: `formatNumber(72.5, 1)` → `72,5`, `formatNumber(1234.56, 1)` → `1.234,6`,
 * `formatNumber(75, 1)` → `75`. Non-finite → `—`.
 */
export function formatNumber(n: number | null | undefined, digits = 1): string {
	if (n === null || n === undefined || !Number.isFinite(n)) return '—';
	let format = numberFormats.get(digits);
	if (!format) {
		format = new Intl.NumberFormat('id-ID', {
			minimumFractionDigits: 0,
			maximumFractionDigits: digits,
			// A tiny negative that rounds to zero (a kappa of -0.001) reads "0", not "-0".
			signDisplay: 'negative'
		});
		numberFormats.set(digits, format);
	}
	return format.format(n);
}
