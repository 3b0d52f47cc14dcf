import { isIPv4, isIPv6 } from 'node:net';
import { eq, inArray, lt } from 'drizzle-orm';
import {
	ADDRESS_POLICY,
	delayAfter,
	PAIR_POLICY,
	type DelayPolicy
} from '$lib/domain/auth/login-delay';
import type { Db, Queryable } from '../db';
import { loginThrottle } from '../db/schema';

/**
 * Counters of sign-in attempts, per account and address (`pair:`) and per address (`addr:`).
 * There is deliberately no account-wide counter that blocks: five wrong passwords from anyone
 * used to lock the owner out everywhere. Guessing one account from many addresses is held back by
 * the address counters and by the hash queue (hashing.ts), which caps sign-ins server-wide.
 */
export interface AttemptKeys {
	readonly pair: string;
	readonly address: string;
}

type Row = typeof loginThrottle.$inferSelect;

const POLICIES = (keys: AttemptKeys): [string, DelayPolicy][] => [
	[keys.pair, PAIR_POLICY],
	[keys.address, ADDRESS_POLICY]
];

/**
 * The part of a client address that identifies one client: an IPv4 address (also when written
 * IPv4-mapped, `::ffff:10.0.0.1`), or the /64 prefix of an IPv6 address, since one host gets a
 * whole /64 and could otherwise use a new address for every attempt.
 */
export function addressKey(ip: string): string {
	const bare = ip.trim().toLowerCase().replace(/%.*$/, '');
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
	if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
	if (!isIPv6(bare)) return bare;
	const [head = '', tail] = bare.split('::');
	const left = head ? head.split(':') : [];
	const right = tail ? tail.split(':') : [];
	const groups = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
	return (
		groups
			.slice(0, 4)
			.map((g) => g.replace(/^0+(?=.)/, ''))
			.join(':') + '::/64'
	);
}

export function attemptKeys(username: string, ip: string): AttemptKeys {
	const address = addressKey(ip);
	return { pair: `pair:${username.trim().toLowerCase()}|${address}`, address: `addr:${address}` };
}

/** The failures still held against a row, or 0 once its series is forgotten. */
function failuresNow(row: Row | undefined, policy: DelayPolicy, now: Date): number {
	if (!row) return 0;
	const last = new Date(row.lastFailureAt ?? row.windowStart).getTime();
	return now.getTime() - last > policy.forgetMs ? 0 : row.failures;
}

function write(db: Queryable, key: string, values: Omit<Row, 'key'>): void {
	db.insert(loginThrottle)
		.values({ key, ...values })
		.onConflictDoUpdate({ target: loginThrottle.key, set: values })
		.run();
}

export type Reservation = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * Reserves a sign-in attempt: refused while any key still owes a delay, otherwise counted as a
 * failure now, before the password is checked, so that attempts running side by side all see each
 * other (forty at once used to all reach the hash). A success or an attempt that never reached the
 * hash gives the count back ({@link attemptSucceeded}, {@link attemptNotMade}).
 */
export function reserveAttempt(db: Db, keys: AttemptKeys, now: Date): Reservation {
	return db.transaction((tx) => {
		// Rows quiet for longer than any policy remembers are gone for good (an index range).
		const longest = Math.max(PAIR_POLICY.forgetMs, ADDRESS_POLICY.forgetMs);
		tx.delete(loginThrottle)
			.where(lt(loginThrottle.lastFailureAt, new Date(now.getTime() - longest).toISOString()))
			.run();
		const rows = new Map(
			tx
				.select()
				.from(loginThrottle)
				.where(inArray(loginThrottle.key, [keys.pair, keys.address]))
				.all()
				.map((r) => [r.key, r])
		);
		let wait = 0;
		for (const [key, policy] of POLICIES(keys)) {
			const row = rows.get(key);
			if (failuresNow(row, policy, now) > 0 && row?.lockedUntil)
				wait = Math.max(wait, new Date(row.lockedUntil).getTime() - now.getTime());
		}
		if (wait > 0) return { ok: false, retryAfterMs: wait };
		for (const [key, policy] of POLICIES(keys)) {
			const row = rows.get(key);
			const before = failuresNow(row, policy, now);
			const failures = before + 1;
			const delay = delayAfter(failures, policy);
			write(tx, key, {
				failures,
				windowStart: before > 0 && row ? row.windowStart : now.toISOString(),
				lockedUntil: delay > 0 ? new Date(now.getTime() + delay).toISOString() : null,
				lastFailureAt: now.toISOString()
			});
		}
		return { ok: true };
	});
}

/** Takes one reserved failure back from `key`, its delay shortened to match. */
function giveBack(db: Queryable, key: string, policy: DelayPolicy): void {
	const row = db.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
	if (!row) return;
	const failures = Math.max(0, row.failures - 1);
	const delay = delayAfter(failures, policy);
	const last = new Date(row.lastFailureAt ?? row.windowStart).getTime();
	write(db, key, {
		...row,
		failures,
		lockedUntil: delay > 0 ? new Date(last + delay).toISOString() : null
	});
}

/**
 * The password was right: the pair's series ends; the address only gets this attempt back (not
 * its other failures, so spraying from it stays slowed by one success).
 */
export function attemptSucceeded(db: Db, keys: AttemptKeys): void {
	db.transaction((tx) => {
		tx.delete(loginThrottle).where(eq(loginThrottle.key, keys.pair)).run();
		giveBack(tx, keys.address, ADDRESS_POLICY);
	});
}

/** The attempt never reached the hash (the server was busy): nothing was guessed, nothing counts. */
export function attemptNotMade(db: Db, keys: AttemptKeys): void {
	db.transaction((tx) => {
		for (const [key, policy] of POLICIES(keys)) giveBack(tx, key, policy);
	});
}
