/** Small descriptive statistics for comparisons across a scope. */

/** Median of the values (null when there are none). */
export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const s = [...values].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Percentile rank of `value` among `values` (0–100): the share below it, counting ties half.
 * @example percentRank(50, [10, 50, 90]) === 50
 */
export function percentRank(value: number, values: readonly number[]): number | null {
	if (values.length === 0) return null;
	let below = 0;
	let equal = 0;
	for (const v of values) {
		if (v < value) below++;
		else if (v === value) equal++;
	}
	return Math.round((100 * (below + equal / 2)) / values.length);
}

/** `median` of an already sorted array, without copying (scope distributions are pre-sorted). */
export function medianSorted(s: Float64Array): number | null {
	if (s.length === 0) return null;
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Index of the first element ≥ value (> value when `strict`) of a sorted array. */
function bound(s: Float64Array, value: number, strict: boolean): number {
	let lo = 0;
	let hi = s.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (strict ? s[mid]! <= value : s[mid]! < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** `percentRank` on a sorted array by binary search: O(log n) per lookup. */
export function percentRankSorted(s: Float64Array, value: number): number | null {
	if (s.length === 0) return null;
	const below = bound(s, value, false);
	const equal = bound(s, value, true) - below;
	return Math.round((100 * (below + equal / 2)) / s.length);
}
