/**
 * When a mail that failed is tried again (issue 19). Doubling from 30 seconds rides out a short
 * outage (a restarting mail server is back within the first few tries) without hammering it, and
 * the one-hour cap means a long outage delays mail by at most an hour after the server returns.
 * A row is never given up: a notice also stays in the inbox, and the last error is kept on the row.
 */

export const FIRST_RETRY_MS = 30_000;
export const MAX_RETRY_MS = 60 * 60_000;

/**
 * The wait after the n-th failed attempt (n ≥ 1): 30 s × 2^(n−1), at most one hour.
 * @example retryDelayMs(1) === 30_000; retryDelayMs(3) === 120_000; retryDelayMs(20) === 3_600_000
 */
export function retryDelayMs(failedAttempts: number): number {
	const n = Math.max(1, Math.floor(failedAttempts));
	// 2^7 × 30 s already passes the cap; stopping there keeps the power small.
	return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(n - 1, 7));
}
