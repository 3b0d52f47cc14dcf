/**
 * Indonesia's three time zones and which province keeps which (UU/Keppres 41/1987): a panti's
 * dates and times are shown in its own zone, labelled, so a Dinas in Samarinda reads WITA.
 */

export const ZONES = ['WIB', 'WITA', 'WIT'] as const;
export type Zone = (typeof ZONES)[number];

/** Offset from UTC in hours; none of the three has daylight saving. */
export const ZONE_OFFSET_HOURS: Record<Zone, number> = { WIB: 7, WITA: 8, WIT: 9 };

/** IANA names, for Intl formatting. */
export const ZONE_IANA: Record<Zone, string> = {
	WIB: 'Asia/Jakarta',
	WITA: 'Asia/Makassar',
	WIT: 'Asia/Jayapura'
};

/**
 * Province codes (Kemendagri/BPS, two digits) outside WIB. Bali, NTB, NTT, Kalimantan Selatan,
 * Timur and Utara and all of Sulawesi keep WITA; Maluku, Maluku Utara and the Papua provinces WIT.
 */
const WITA_PROVINCES = new Set([
	'51',
	'52',
	'53',
	'63',
	'64',
	'65',
	'71',
	'72',
	'73',
	'74',
	'75',
	'76'
]);
const WIT_PROVINCES = new Set(['81', '82', '91', '92', '93', '94', '95', '96']);

/**
 * The zone of a province or kab/kota code (`64`, `64.08`); no or unknown code → WIB, the capital's.
 * @example zoneOfRegion('64.08') === 'WITA'; zoneOfRegion('94') === 'WIT'; zoneOfRegion(null) === 'WIB'
 */
export function zoneOfRegion(code: string | null | undefined): Zone {
	const province = code?.slice(0, 2) ?? '';
	if (WITA_PROVINCES.has(province)) return 'WITA';
	if (WIT_PROVINCES.has(province)) return 'WIT';
	return 'WIB';
}

/**
 * The calendar day (`YYYY-MM-DD`) an instant falls on in a zone: what a due date, a valid-until
 * date or "today" means for that panti.
 * @example localDate(new Date('2026-12-03T16:30:00Z'), 'WITA') === '2026-12-04'
 */
export function localDate(instant: Date, zone: Zone): string {
	return new Date(instant.getTime() + ZONE_OFFSET_HOURS[zone] * 3_600_000)
		.toISOString()
		.slice(0, 10);
}
