/**
 * How long failed sign-ins make the next attempt wait (NIST SP 800-63B §5.2.2, OWASP
 * Authentication Cheat Sheet): a few free tries, then a delay that doubles with each failure up
 * to a cap. Delays slow guessing without a lockout: the counters are kept per account *and*
 * address, so failures from one address never hold back the owner signing in from another.
 */

export interface DelayPolicy {
	/** Failures allowed before any delay. */
	readonly free: number;
	/** The first delay; each further failure doubles it. */
	readonly baseMs: number;
	/** The longest delay. */
	readonly capMs: number;
	/** A series of failures with no new one for this long is forgotten. */
	readonly forgetMs: number;
}

const MINUTE = 60_000;

/** One account from one address: a typo or two is free; guessing slows to one try per 15 min. */
export const PAIR_POLICY: DelayPolicy = {
	free: 3,
	baseMs: 1000,
	capMs: 15 * MINUTE,
	forgetMs: 24 * 60 * MINUTE
};

/**
 * One address across all accounts (password spraying). Looser, since a Dinas office or a
 * mobile network puts many honest users behind one address, and forgotten sooner.
 */
export const ADDRESS_POLICY: DelayPolicy = {
	free: 20,
	baseMs: 1000,
	capMs: 15 * MINUTE,
	forgetMs: 60 * MINUTE
};

/**
 * Milliseconds the next attempt must wait after `failures` counted failures.
 *
 * @example
 * delayAfter(2, PAIR_POLICY) === 0
 * delayAfter(3, PAIR_POLICY) === 1000
 * delayAfter(5, PAIR_POLICY) === 4000
 * delayAfter(50, PAIR_POLICY) === 900_000 // capped at 15 minutes
 */
export function delayAfter(failures: number, policy: DelayPolicy): number {
	if (failures < policy.free) return 0;
	const doublings = failures - policy.free;
	// 2^40 ms is decades: past that, only the cap matters (and the power stays finite).
	return Math.min(policy.baseMs * 2 ** Math.min(doublings, 40), policy.capMs);
}

/**
 * A wait in words for the sign-in message, rounded up so the user never comes back too early.
 *
 * @example
 * formatWait(1) === '1 detik'
 * formatWait(59_001) === '60 detik'
 * formatWait(61_000) === '2 menit'
 */
export function formatWait(ms: number): string {
	const seconds = Math.max(1, Math.ceil(ms / 1000));
	return seconds <= 60 ? `${seconds} detik` : `${Math.ceil(seconds / 60)} menit`;
}
