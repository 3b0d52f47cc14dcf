/** The comparison's query string: `?id=1&id=2…` (2–5 distinct panti) and an optional search. */
import { z } from 'zod';

export const MAX_COMPARE = 5;

const idSchema = z.coerce.number().int().positive().max(1e10);

/** Distinct valid ids in the order given, at most five; anything else is dropped. */
export function parseCompareIds(values: readonly string[]): number[] {
	const ids: number[] = [];
	for (const v of values) {
		const r = idSchema.safeParse(v);
		if (r.success && !ids.includes(r.data)) ids.push(r.data);
	}
	return ids.slice(0, MAX_COMPARE);
}
