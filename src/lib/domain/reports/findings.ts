/** Strengths and weaknesses in words, derived from the engine's results (no judgement added). */
import { aspectLabel, type GradeResult, type ScoreResult } from '$lib/domain/engine';
import { formatNumber } from '../format';

export interface Findings {
	readonly strengths: readonly string[];
	readonly weaknesses: readonly string[];
}

/** Aspects in the top band are strengths; aspects in the bottom band and failed gates are weaknesses. */
export function findings(score: ScoreResult, grade: GradeResult): Findings {
	const scored = score.aspects.filter((a) => a.pct !== null);
	const line = (a: (typeof scored)[number]) => `${aspectLabel(a)}: ${formatNumber(a.pct, 1)}%`;
	const strengths = scored
		.filter((a) => a.pct! > 66)
		.sort((a, b) => b.pct! - a.pct!)
		.map(line);
	const weaknesses = [
		...grade.gates.map((g) => `${g.code} · ${g.title}: ${g.explanation}`),
		...scored
			.filter((a) => a.pct! < 33)
			.sort((a, b) => a.pct! - b.pct!)
			.map(line)
	];
	return { strengths, weaknesses };
}
