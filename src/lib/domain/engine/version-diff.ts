/** Differences between two versions of a rubric: indicators added, removed and changed (by code). */
import type { Indicator, Rubric } from '../rubric/schema';

export interface IndicatorChange {
	readonly code: string;
	readonly title: string;
	readonly fields: readonly { field: string; before: unknown; after: unknown }[];
}

export interface RubricDiff {
	readonly added: readonly { code: string; title: string; aspect: string }[];
	readonly removed: readonly { code: string; title: string; aspect: string }[];
	readonly changed: readonly IndicatorChange[];
	readonly aspectWeights: readonly { code: string; before: number | null; after: number | null }[];
}

const COMPARED: (keyof Indicator)[] = [
	'title',
	'statement',
	'guidance',
	'methods',
	'weight',
	'levels',
	'expectedLevel',
	'critical',
	'safeguarding',
	'sample',
	'allowNA',
	'dimension',
	'recommendations',
	'source',
	'computed'
];

function index(r: Rubric): Map<string, { ind: Indicator; aspect: string }> {
	const m = new Map<string, { ind: Indicator; aspect: string }>();
	for (const a of r.aspects)
		for (const ind of a.indicators) m.set(ind.code, { ind, aspect: a.code });
	return m;
}

/** @example diffRubrics(v1, v2).added.map((a) => a.code) */
export function diffRubrics(before: Rubric, after: Rubric): RubricDiff {
	const a = index(before);
	const b = index(after);
	const added = [...b]
		.filter(([c]) => !a.has(c))
		.map(([code, x]) => ({ code, title: x.ind.title, aspect: x.aspect }));
	const removed = [...a]
		.filter(([c]) => !b.has(c))
		.map(([code, x]) => ({ code, title: x.ind.title, aspect: x.aspect }));
	const changed: IndicatorChange[] = [];
	for (const [code, x] of b) {
		const y = a.get(code);
		if (!y) continue;
		const fields: IndicatorChange['fields'][number][] = COMPARED.filter(
			(f) => JSON.stringify(y.ind[f]) !== JSON.stringify(x.ind[f])
		).map((f) => ({
			field: f,
			before: y.ind[f],
			after: x.ind[f]
		}));
		if (y.aspect !== x.aspect) fields.push({ field: 'aspect', before: y.aspect, after: x.aspect });
		if (fields.length) changed.push({ code, title: x.ind.title, fields });
	}
	const aw = new Map(before.aspects.map((s) => [s.code, s.weight]));
	const bw = new Map(after.aspects.map((s) => [s.code, s.weight]));
	const aspectWeights = [...new Set([...aw.keys(), ...bw.keys()])]
		.filter((c) => aw.get(c) !== bw.get(c))
		.map((code) => ({ code, before: aw.get(code) ?? null, after: bw.get(code) ?? null }));
	return { added, removed, changed, aspectWeights };
}
