/**
 * Multi-assessor agreement (design.md §5): exact agreement, linearly weighted Cohen's kappa,
 * items two or more levels apart, and a median-based consolidation proposal.
 */
import type { ResolvedInstrument } from './resolve';
import type { ScoreEntry, Sheet } from './scoring';

/** Below this expected (chance) disagreement a kappa is not reported; 0.02 is our own choice. */
export const KAPPA_MIN_CHANCE_DISAGREEMENT = 0.02;

/**
 * Linearly weighted Cohen's kappa for two raters on categories 0..max.
 * Weight of a (i, j) pair: 1 − |i − j| / max. Returns null when it means nothing: no pairs, or
 * levels so uniform that chance alone explains almost all agreement (chance disagreement under
 * KAPPA_MIN_CHANCE_DISAGREEMENT). A team that gives level 3 to 75 of 76 indicators and differs on
 * one agrees 99 %, yet its kappa is about 0: shown as "kesepakatan lemah", that misleads the
 * reviewer (the kappa paradox), so no figure is given.
 * @example weightedKappa([[0,1],[1,1],[2,2]], 2)
 */
export function weightedKappa(
	pairs: readonly (readonly [number, number])[],
	max: number
): number | null {
	const n = pairs.length;
	if (n === 0 || max <= 0) return null;
	const k = max + 1;
	const rowM = new Array<number>(k).fill(0);
	const colM = new Array<number>(k).fill(0);
	let po = 0;
	for (const [a, b] of pairs) {
		po += 1 - Math.abs(a - b) / max;
		rowM[a]!++;
		colM[b]!++;
	}
	po /= n;
	let pe = 0;
	for (let i = 0; i < k; i++)
		for (let j = 0; j < k; j++) pe += (1 - Math.abs(i - j) / max) * (rowM[i]! / n) * (colM[j]! / n);
	if (1 - pe < KAPPA_MIN_CHANCE_DISAGREEMENT) return null;
	return (po - pe) / (1 - pe);
}

export interface PairAgreement {
	readonly a: string;
	readonly b: string;
	/** Indicators both scored (not N/A). */
	readonly compared: number;
	readonly exactPct: number | null;
	readonly kappa: number | null;
}

export interface Disagreement {
	readonly code: string;
	readonly title: string;
	readonly levels: Readonly<Record<string, number | null>>;
	readonly spread: number;
}

export interface AgreementReport {
	readonly pairs: readonly PairAgreement[];
	/** Mean over pairs (with two assessors: that pair). */
	readonly exactPct: number | null;
	readonly kappa: number | null;
	/** Items whose levels differ by two or more between any two assessors. */
	readonly farApart: readonly Disagreement[];
}

const level = (e: ScoreEntry | undefined): number | null =>
	e && !e.notApplicable && e.level !== null ? e.level : null;

function mean(values: (number | null)[]): number | null {
	const v = values.filter((x): x is number => x !== null);
	return v.length ? v.reduce((s, x) => s + x, 0) / v.length : null;
}

export function agreement(
	form: ResolvedInstrument,
	sheets: ReadonlyMap<string, Sheet>
): AgreementReport {
	const ids = [...sheets.keys()];
	const pairs: PairAgreement[] = [];
	for (let x = 0; x < ids.length; x++)
		for (let y = x + 1; y < ids.length; y++) {
			const sa = sheets.get(ids[x]!)!;
			const sb = sheets.get(ids[y]!)!;
			const both: [number, number][] = [];
			let max = 0;
			for (const ind of form.indicators) {
				const la = level(sa.get(ind.code));
				const lb = level(sb.get(ind.code));
				if (la === null || lb === null) continue;
				both.push([la, lb]);
				max = Math.max(max, ind.max);
			}
			const exact = both.filter(([a, b]) => a === b).length;
			pairs.push({
				a: ids[x]!,
				b: ids[y]!,
				compared: both.length,
				exactPct: both.length ? (100 * exact) / both.length : null,
				kappa: weightedKappa(both, max || 1)
			});
		}
	const farApart: Disagreement[] = [];
	for (const ind of form.indicators) {
		const levels: Record<string, number | null> = {};
		const values: number[] = [];
		for (const id of ids) {
			const l = level(sheets.get(id)!.get(ind.code));
			levels[id] = l;
			if (l !== null) values.push(l);
		}
		if (values.length < 2) continue;
		const spread = Math.max(...values) - Math.min(...values);
		if (spread >= 2) farApart.push({ code: ind.code, title: ind.indicator.title, levels, spread });
	}
	return {
		pairs,
		exactPct: mean(pairs.map((p) => p.exactPct)),
		kappa: mean(pairs.map((p) => p.kappa)),
		farApart
	};
}

/**
 * The engine's proposal for the consolidated level: N/A when most assessors marked N/A,
 * otherwise the median of the levels given (the lower median for an even count, so a
 * proposal never claims more than half the team saw).
 * @example proposeConsolidated([{level:1},{level:3},{level:4}]) → level 3
 */
export function proposeConsolidated(
	entries: readonly (ScoreEntry | undefined)[]
): ScoreEntry | null {
	const given = entries.filter(
		(e): e is ScoreEntry => e !== undefined && (e.notApplicable || e.level !== null)
	);
	if (given.length === 0) return null;
	const naCount = given.filter((e) => e.notApplicable).length;
	if (naCount * 2 > given.length) return { level: null, notApplicable: true };
	const levels = given
		.filter((e) => !e.notApplicable)
		.map((e) => e.level!)
		.sort((a, b) => a - b);
	return { level: levels[Math.floor((levels.length - 1) / 2)]!, notApplicable: false };
}
