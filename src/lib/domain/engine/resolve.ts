/**
 * The resolved instrument: what one panti is scored on — the instrument's standar umum plus the
 * standar khusus of its type — flattened once so scoring 250 indicators stays well under 1 ms.
 * (Called "the form" in earlier code; renamed so it no longer reads like Kit's `form` prop.)
 */
import type { PantiType } from '../panti/types';
import type { Gate, GradeBand, Indicator, Instrument, Rubric } from '../rubric/schema';
import type { Grade, Part } from '../rubric/vocabulary';

/** An aspect's identity: its code is unique within its part only (umum KEL ≠ khusus KEL). */
export const aspectKey = (part: Part, code: string) => `${part}:${code}`;

/** How an aspect is named to users: "KEL (umum) · Kelembagaan", "KEL (khusus) · Keluarga…". */
export const aspectLabel = (a: { part: Part; code: string; title: string }) =>
	`${a.code} (${a.part}) · ${a.title}`;

export interface ResolvedIndicator {
	readonly part: Part;
	readonly partIndex: number;
	readonly aspectIndex: number;
	readonly code: string;
	readonly max: number;
	readonly expected: number;
	readonly weight: number;
	readonly indicator: Indicator;
}

export interface ResolvedAspect {
	readonly part: Part;
	readonly partIndex: number;
	readonly code: string;
	readonly title: string;
	readonly weight: number;
	readonly indicators: readonly number[];
}

export interface ResolvedPart {
	readonly part: Part;
	readonly weight: number;
	readonly rubric: Rubric;
	readonly aspects: readonly number[];
}

export interface ResolvedInstrument {
	readonly parts: readonly ResolvedPart[];
	readonly aspects: readonly ResolvedAspect[];
	readonly indicators: readonly ResolvedIndicator[];
	readonly byCode: ReadonlyMap<string, number>;
	readonly grades: readonly GradeBand[];
	readonly gates: readonly Gate[];
	readonly criticalCap: Grade;
}

/**
 * Builds the form for a panti type from an instrument and its two rubrics.
 * @example resolveInstrument(instrument, umum, khususAnak)
 */
export function resolveInstrument(
	instrument: Instrument,
	umum: Rubric,
	khusus: Rubric
): ResolvedInstrument {
	const parts: ResolvedPart[] = [];
	const aspects: ResolvedAspect[] = [];
	const indicators: ResolvedIndicator[] = [];
	const byCode = new Map<string, number>();
	const sources: [Part, number, Rubric][] = [
		['umum', instrument.partWeights.umum, umum],
		['khusus', instrument.partWeights.khusus, khusus]
	];
	for (const [part, weight, rubric] of sources) {
		const partIndex = parts.length;
		const aspectIds: number[] = [];
		for (const a of rubric.aspects) {
			const aspectIndex = aspects.length;
			const ids: number[] = [];
			for (const ind of a.indicators) {
				ids.push(indicators.length);
				byCode.set(ind.code, indicators.length);
				indicators.push({
					part,
					partIndex,
					aspectIndex,
					code: ind.code,
					max: rubric.scale.max,
					expected: ind.expectedLevel ?? rubric.scale.max,
					weight: ind.weight,
					indicator: ind
				});
			}
			aspectIds.push(aspectIndex);
			aspects.push({
				part,
				partIndex,
				code: a.code,
				title: a.title,
				weight: a.weight,
				indicators: ids
			});
		}
		parts.push({ part, weight, rubric, aspects: aspectIds });
	}
	return {
		parts,
		aspects,
		indicators,
		byCode,
		grades: instrument.grades,
		gates: instrument.gates,
		criticalCap: instrument.criticalCap
	};
}

/** The rubrics an instrument uses for one panti type, as keys `id@version`. */
export function instrumentRubricKeys(
	instrument: Instrument,
	type: PantiType
): { umum: string; khusus: string } | null {
	const k = instrument.khusus[type];
	if (!k) return null;
	return {
		umum: `${instrument.umum.rubric}@${instrument.umum.version}`,
		khusus: `${k.rubric}@${k.version}`
	};
}
