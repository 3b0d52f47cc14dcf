/**
 * The Dinas dashboard's figures from one row per panti (its latest accreditation), pure so the
 * same counts are tested without a database and computed in one pass at national scale.
 */
import { accreditationStatus, type AccreditationStatus } from '../assessment/accreditation';
import { addMonths } from '../dates';
import { roundTo } from '../round';
import type { PantiType } from '../panti/types';

export interface PantiAccreditationRow {
	readonly id: number;
	readonly type: PantiType;
	readonly regionCode: string;
	readonly grade: string | null;
	readonly validUntil: string | null;
}

export type StatusCounts = Record<AccreditationStatus, number> & { total: number };

// Spelled out: a status added to ACCREDITATION_STATUSES fails the type-check here.
const emptyCounts = (): StatusCounts => ({
	belum: 0,
	A: 0,
	B: 0,
	C: 0,
	TT: 0,
	kedaluwarsa: 0,
	total: 0
});

export interface DashboardSummary {
	readonly overall: StatusCounts;
	readonly byRegion: ReadonlyMap<string, StatusCounts>;
	readonly byType: ReadonlyMap<PantiType, StatusCounts>;
	/** Valid accreditations ending within six months of today: the dinas should schedule a visit. */
	readonly expiringSoon: number;
}

/**
 * @param regionKey groups `byRegion` (kab/kota by default; the province, `code.slice(0, 2)`, for a
 *   national view that would otherwise list 514 rows).
 * @example summarize(rows, '2026-11-23').overall.A // panti with a valid A
 */
export function summarize(
	rows: readonly PantiAccreditationRow[],
	today: string,
	regionKey: (code: string) => string = (code) => code
): DashboardSummary {
	const overall = emptyCounts();
	const byRegion = new Map<string, StatusCounts>();
	const byType = new Map<PantiType, StatusCounts>();
	const horizon = addMonths(today, 6);
	let expiringSoon = 0;
	for (const r of rows) {
		const status = accreditationStatus(r, today);
		for (const counts of [
			overall,
			getOr(byRegion, regionKey(r.regionCode)),
			getOr(byType, r.type)
		]) {
			counts[status]++;
			counts.total++;
		}
		if (isExpiringSoon(r, today, horizon)) expiringSoon++;
	}
	return { overall, byRegion, byType, expiringSoon };
}

/** A valid A–C accreditation whose last day falls within [today, today + 6 months]. */
export function isExpiringSoon(
	r: { grade: string | null; validUntil: string | null },
	today: string,
	horizon = addMonths(today, 6)
): boolean {
	return (
		r.grade !== null &&
		r.grade !== 'TT' &&
		r.validUntil !== null &&
		r.validUntil >= today &&
		r.validUntil <= horizon
	);
}

function getOr<K>(map: Map<K, StatusCounts>, key: K): StatusCounts {
	let c = map.get(key);
	if (!c) map.set(key, (c = emptyCounts()));
	return c;
}

/** Share in percent, one decimal; 0 for an empty total. */
export const share = (part: number, total: number) =>
	total === 0 ? 0 : roundTo((100 * part) / total, 1);
