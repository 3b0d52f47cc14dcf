/**
 * The filters of the regional gap analysis (issue 17) from what is there to analyse: which panti
 * type and instrument version to show when the link names none, and how many panti each choice
 * holds, so a Dinas lands on the analysis that has data and sees where the rest is.
 */
import { PANTI_TYPES, type PantiType } from '../panti/types';

/** Panti of one kab/kota whose latest valid accreditation is of `type` on that instrument version. */
export interface AccreditedCount {
	readonly regionCode: string;
	readonly type: PantiType;
	readonly instrumentVersionId: number;
	readonly n: number;
}

export interface Choice<T> {
	readonly value: T;
	readonly label: string;
	/** Panti in the chosen region counted by this choice (see `resolveFilters`). */
	readonly count: number;
}

/** Whether kab/kota `code` lies in `region` (a province, a kab/kota, or null for the nation). */
export function inRegion(code: string, region: string | null): boolean {
	return region === null || code === region || code.startsWith(`${region}.`);
}

/**
 * Panti in `region` accredited last with `type` on `instrumentVersionId`.
 * @example countIn([{ regionCode: '64.08', type: 'anak', instrumentVersionId: 2, n: 3 }], '64', 'anak', 2) === 3
 */
export function countIn(
	rows: readonly AccreditedCount[],
	region: string | null,
	type: PantiType,
	instrumentVersionId: number
): number {
	let n = 0;
	for (const r of rows)
		if (
			r.type === type &&
			r.instrumentVersionId === instrumentVersionId &&
			inRegion(r.regionCode, region)
		)
			n += r.n;
	return n;
}

export interface ResolvedFilters {
	readonly type: PantiType;
	readonly instrumentVersionId: number;
	/** Every type, counted over all instrument versions. */
	readonly types: readonly Choice<PantiType>[];
	/** Every instrument version (newest first, as given), counted for the chosen type. */
	readonly instruments: readonly Choice<number>[];
}

/**
 * The type and version to analyse in `region`: those asked for, else the type with the most
 * accredited panti (ties: the order of PANTI_TYPES), then that type's version with the most
 * (ties and no data at all: the first of `instruments`, the newest). A version without data
 * stays selectable: an empty analysis says so.
 * @example resolveFilters(rows, null, {}, [{ id: 3, label: '3.0.0' }, { id: 2, label: '2.0.0' }])
 */
export function resolveFilters(
	rows: readonly AccreditedCount[],
	region: string | null,
	asked: { readonly type?: PantiType; readonly instrumentVersionId?: number },
	instruments: readonly { readonly id: number; readonly label: string }[],
	typeLabels: Readonly<Record<PantiType, string>>
): ResolvedFilters {
	const here = rows.filter((r) => inRegion(r.regionCode, region));
	const sum = (keep: (r: AccreditedCount) => boolean) =>
		here.reduce((n, r) => (keep(r) ? n + r.n : n), 0);
	const types = PANTI_TYPES.map((t) => ({
		value: t,
		label: typeLabels[t],
		count: sum((r) => r.type === t)
	}));
	const type = asked.type ?? mostFirst(types)?.value ?? PANTI_TYPES[0];
	const versions = instruments.map((i) => ({
		value: i.id,
		label: i.label,
		count: sum((r) => r.type === type && r.instrumentVersionId === i.id)
	}));
	const instrumentVersionId =
		asked.instrumentVersionId ?? mostFirst(versions)?.value ?? instruments[0]?.id ?? 0;
	return { type, instrumentVersionId, types, instruments: versions };
}

/** The first choice with the highest count, or undefined when none counts anything. */
function mostFirst<T>(choices: readonly Choice<T>[]): Choice<T> | undefined {
	let best: Choice<T> | undefined;
	for (const c of choices) if (c.count > 0 && (!best || c.count > best.count)) best = c;
	return best;
}
