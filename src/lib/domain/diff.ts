/** One changed field between two snapshots, with dotted path and JSON-ish values. */
export interface FieldChange {
	readonly path: string;
	readonly before: unknown;
	readonly after: unknown;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Field-by-field differences of two snapshots, for the audit view (before → after).
 * @example diffSnapshots({ a: 1, b: { c: 2 } }, { a: 1, b: { c: 3 } }) // [{ path: 'b.c', before: 2, after: 3 }]
 */
export function diffSnapshots(before: unknown, after: unknown, prefix = ''): FieldChange[] {
	if (isPlainObject(before) && isPlainObject(after)) {
		const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
		return keys.flatMap((k) => diffSnapshots(before[k], after[k], prefix ? `${prefix}.${k}` : k));
	}
	if (JSON.stringify(before ?? null) === JSON.stringify(after ?? null)) return [];
	return [{ path: prefix, before: before ?? null, after: after ?? null }];
}
