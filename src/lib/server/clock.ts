import { localDate, type Zone } from '$lib/domain/time-zone';

/** Today's date in Indonesia's western time zone (WIB), as `YYYY-MM-DD`. */
export function todayWib(now: Date = new Date()): string {
	return localDate(now, 'WIB');
}

/** Today's date where the panti is (its WIB, WITA or WIT), as `YYYY-MM-DD`. */
export function todayIn(zone: Zone, now: Date = new Date()): string {
	return localDate(now, zone);
}
