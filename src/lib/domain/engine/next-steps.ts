/**
 * The few steps a panti head should take first (design.md §6, "path to the next grade"): the
 * path's steps that lift a failed gate, then those worth the most points, each with the text of the
 * level to reach so the step says what to do, not only which number to get.
 */
import { descriptorChain, type DescriptorLine } from '../rubric/descriptor';
import type { GapAnalysis, PathStep, PathToNextGrade } from './gap';
import type { ResolvedInstrument } from './resolve';

/**
 * A step of the path (points unrounded: round at display; reason `gate`: the level lifts a cap on
 * the grade whatever the score), with the text of the level it reaches.
 */
export interface NextStep extends Omit<PathStep, 'beyondExpected'> {
	/** What level `to` says, with the lower levels it builds on. */
	readonly target: readonly DescriptorLine[];
}

/**
 * The first `limit` steps toward the next grade: gate lifts first, then the most points. At the top
 * grade (or when no path reaches the next one) the largest gaps to the expected level instead, so
 * the head still learns where the points are.
 * @example mostValuableSteps(form, path, gaps, 3)
 * // [{ code: 'KEL-01', from: 1, to: 3, reason: 'gate', points: 6.25, target: [...] }, …]
 */
export function mostValuableSteps(
	form: ResolvedInstrument,
	path: PathToNextGrade | null,
	gaps: GapAnalysis,
	limit = 3
): NextStep[] {
	const fromPath = path?.target && path.reachable ? path.steps : [];
	const raw =
		fromPath.length > 0
			? [...fromPath].sort(
					(a, b) => Number(b.reason === 'gate') - Number(a.reason === 'gate') || b.points - a.points
				)
			: gaps.items.map((g) => ({
					code: g.code,
					title: g.title,
					from: g.current,
					to: g.expected,
					points: g.points,
					reason: g.gateFailed ? ('gate' as const) : ('points' as const)
				}));
	return raw.slice(0, limit).map((s) => {
		const levels = form.indicators[form.byCode.get(s.code)!]!.indicator.levels;
		return {
			code: s.code,
			title: s.title,
			from: s.from,
			to: s.to,
			points: s.points,
			reason: s.reason,
			target: descriptorChain(levels, s.to)
		};
	});
}
