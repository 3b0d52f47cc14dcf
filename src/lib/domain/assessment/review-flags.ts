/**
 * Which indicators a reviewer should look at first (design.md §7): where the team disagreed, and
 * where the consolidated level falls below what is expected or below a critical minimum.
 */
import type { ResolvedIndicator } from '../engine';

/** A member's or the consolidated value: a level, N/A, or nothing yet. */
export type GivenLevel = number | 'N/A' | null;

export interface IndicatorFlags {
	/** The members' levels are not all the same (N/A counts as a value of its own). */
	readonly disagree: boolean;
	/** Two members are two or more levels apart. */
	readonly farApart: boolean;
	/** The consolidated level is below the expected level. */
	readonly belowExpected: boolean;
	/** The consolidated level is below a critical or safeguarding minimum: it caps the grade. */
	readonly belowMinimum: boolean;
}

/**
 * @example indicatorFlags(kel01, [2, 4], 2) // KEL-01 expects 4 and needs at least 3:
 *   // { disagree: true, farApart: true, belowExpected: true, belowMinimum: true }
 */
export function indicatorFlags(
	ind: ResolvedIndicator,
	members: readonly GivenLevel[],
	consolidated: GivenLevel
): IndicatorFlags {
	const given = members.filter((m) => m !== null);
	const numbers = given.filter((m): m is number => typeof m === 'number');
	const level = typeof consolidated === 'number' ? consolidated : null;
	const minimum = Math.max(
		ind.indicator.critical?.minLevel ?? 0,
		ind.indicator.safeguarding?.minLevel ?? 0
	);
	return {
		disagree: new Set(given).size > 1,
		farApart: numbers.length > 1 && Math.max(...numbers) - Math.min(...numbers) >= 2,
		belowExpected: level !== null && level < ind.expected,
		belowMinimum: level !== null && level < minimum
	};
}
