import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { loginThrottle } from '../db/schema';

/** Failed logins allowed per key within the window before a lockout. */
export const MAX_FAILURES = { user: 5, ip: 20 } as const;
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCKOUT_MS = 15 * 60 * 1000;

export function throttleKeys(username: string, ip: string): { user: string; ip: string } {
	return { user: `user:${username.trim().toLowerCase()}`, ip: `ip:${ip}` };
}

/** Milliseconds until any of the keys may try again, or 0 if none is locked. */
export function lockedFor(db: Db, keys: readonly string[], now: Date): number {
	const rows = db
		.select()
		.from(loginThrottle)
		.where(inArray(loginThrottle.key, [...keys]))
		.all();
	let wait = 0;
	for (const row of rows) {
		if (!row.lockedUntil) continue;
		wait = Math.max(wait, new Date(row.lockedUntil).getTime() - now.getTime());
	}
	return Math.max(0, wait);
}

/** Counts a failure for each key, locking a key once it reaches its limit within the window. */
export function recordFailure(db: Db, keys: { user: string; ip: string }, now: Date): void {
	db.transaction((tx) => {
		for (const [kind, key] of Object.entries(keys) as ['user' | 'ip', string][]) {
			const row = tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
			const windowOpen = row && now.getTime() - new Date(row.windowStart).getTime() < WINDOW_MS;
			const failures = windowOpen ? row.failures + 1 : 1;
			const windowStart = windowOpen ? row.windowStart : now.toISOString();
			const lockedUntil =
				failures >= MAX_FAILURES[kind] ? new Date(now.getTime() + LOCKOUT_MS).toISOString() : null;
			tx.insert(loginThrottle)
				.values({ key, failures, windowStart, lockedUntil })
				.onConflictDoUpdate({
					target: loginThrottle.key,
					set: { failures, windowStart, lockedUntil }
				})
				.run();
		}
	});
}

/** A successful login clears the account's counter (not the IP's, so spraying stays limited). */
export function clearFailures(db: Db, userKey: string): void {
	db.delete(loginThrottle).where(eq(loginThrottle.key, userKey)).run();
}
