/** Calendar arithmetic on `YYYY-MM-DD` strings (no time zones involved). */

/** `YYYY-MM-DD` plus whole years (29 Feb → 28 Feb in a non-leap year). */
export function addYears(date: string, years: number): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const target = new Date(Date.UTC(y + years, m - 1, d));
	if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
	return target.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` plus whole months (31 Jan + 1 month → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const target = new Date(Date.UTC(y, m - 1 + months, d));
	if (target.getUTCDate() !== d) target.setUTCDate(0);
	return target.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` plus whole days (negative: before). */
export function addDays(date: string, days: number): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
