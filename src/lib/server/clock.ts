/** Today's date in Indonesia's western time zone (WIB), as `YYYY-MM-DD`. */
export function todayWib(now: Date = new Date()): string {
	return new Date(now.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
