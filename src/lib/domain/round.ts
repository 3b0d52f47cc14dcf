/**
 * The one rounding of every displayed number: half-up (away from zero) to `digits` decimals.
 * Sums of weighted shares reach an exact half only up to floating-point error (45/8 summed from
 * its parts is 5.62499999…), so a value within 1e-9 of a half counts as that half.
 *
 * @example
 * roundTo(12.25, 1) // 12.3
 * roundTo(-11.505, 2) // -11.51
 */
export function roundTo(x: number, digits: number): number {
	const scale = 10 ** digits;
	const units = Math.floor(Math.abs(x) * scale + 0.5 + 1e-9);
	return units === 0 ? 0 : (Math.sign(x) * units) / scale;
}

/**
 * Two decimals: totals, aspect percentages and gap points.
 * @example round2(5.625) === 5.63; round2(5.624999999999999) === 5.63; round2(-11.505) === -11.51
 */
export function round2(x: number): number {
	return roundTo(x, 2);
}
