import { describe, expect, it } from 'vitest';
import { PROVINCES } from './regions-data';
import { localDate, zoneOfRegion } from '$lib/domain/time-zone';

// Every province of Kepmendagri 300.2.2-2138/2025 with the zone it keeps, written out by hand.
const EXPECTED: Record<string, 'WIB' | 'WITA' | 'WIT'> = {
	'11': 'WIB',
	'12': 'WIB',
	'13': 'WIB',
	'14': 'WIB',
	'15': 'WIB',
	'16': 'WIB',
	'17': 'WIB',
	'18': 'WIB',
	'19': 'WIB',
	'21': 'WIB',
	'31': 'WIB',
	'32': 'WIB',
	'33': 'WIB',
	'34': 'WIB',
	'35': 'WIB',
	'36': 'WIB',
	'51': 'WITA',
	'52': 'WITA',
	'53': 'WITA',
	'61': 'WIB',
	'62': 'WIB',
	'63': 'WITA',
	'64': 'WITA',
	'65': 'WITA',
	'71': 'WITA',
	'72': 'WITA',
	'73': 'WITA',
	'74': 'WITA',
	'75': 'WITA',
	'76': 'WITA',
	'81': 'WIT',
	'82': 'WIT',
	'91': 'WIT',
	'92': 'WIT',
	'93': 'WIT',
	'94': 'WIT',
	'95': 'WIT',
	'96': 'WIT'
};

describe('zoneOfRegion', () => {
	it('the table covers exactly the 38 provinces of the reference data', () => {
		expect(Object.keys(EXPECTED).sort()).toEqual(PROVINCES.map(([code]) => code).sort());
	});

	it.each(PROVINCES.map(([code, name]) => [code, name, EXPECTED[code]]))(
		'%s %s keeps %s',
		(code, _name, zone) => {
			expect(zoneOfRegion(code)).toBe(zone);
		}
	);

	it('a kab/kota takes its province’s zone; no or unknown region → WIB', () => {
		expect(zoneOfRegion('64.08')).toBe('WITA');
		expect(zoneOfRegion('61.01')).toBe('WIB');
		expect(zoneOfRegion('94.01')).toBe('WIT');
		expect(zoneOfRegion(null)).toBe('WIB');
		expect(zoneOfRegion(undefined)).toBe('WIB');
		expect(zoneOfRegion('99')).toBe('WIB');
	});
});

describe('localDate', () => {
	it.each([
		['2026-12-03T16:59:59Z', 'WIB', '2026-12-03'],
		['2026-12-03T17:00:00Z', 'WIB', '2026-12-04'],
		['2026-12-03T15:59:59Z', 'WITA', '2026-12-03'],
		['2026-12-03T16:00:00Z', 'WITA', '2026-12-04'],
		['2026-12-03T14:59:59Z', 'WIT', '2026-12-03'],
		['2026-12-03T15:00:00Z', 'WIT', '2026-12-04'],
		['2026-12-31T15:30:00Z', 'WIT', '2027-01-01']
	] as const)('%s in %s is %s (a UTC instant near midnight is the local day)', (iso, zone, day) => {
		expect(localDate(new Date(iso), zone)).toBe(day);
	});
});
