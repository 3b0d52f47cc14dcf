/**
 * A record id as it appears in a URL or a hidden field: a positive integer of at most ten digits,
 * written without sign, leading zeros or spaces. Anything else is null, so a tampered value reads
 * as "no such record" rather than as a different one (`'007'`, `'1e3'` and `' 5'` are all null).
 *
 * @example
 * parseId('42') // 42
 * parseId('abc') // null
 */
export function parseId(value: unknown): number | null {
	return typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}
