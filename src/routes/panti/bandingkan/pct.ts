import { formatNumber } from '$lib/domain/format';

/** A score as the comparison shows it: one decimal, or a dash when there is none. */
export const pct = (v: number | null | undefined): string =>
	v === null || v === undefined ? '—' : `${formatNumber(v, 1)}%`;
