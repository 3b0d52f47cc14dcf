import { sql } from 'drizzle-orm';
import { PROVINCES, REGENCIES } from '../reference/regions-data';
import type { Db } from './index';
import { regions } from './schema';

/**
 * Loads the Kemendagri region list. Idempotent: names are upserted so a corrected list ships
 * with a release, and codes are never deleted (panti reference them).
 */
export function ensureReferenceData(db: Db): void {
	const count =
		db
			.select({ count: sql<number>`count(*)` })
			.from(regions)
			.get()?.count ?? 0;
	if (count === PROVINCES.length + REGENCIES.length) return;
	db.transaction((tx) => {
		const rows = [
			...PROVINCES.map(([code, name]) => ({
				code,
				name,
				level: 'province' as const,
				parentCode: null
			})),
			...REGENCIES.map(([code, name]) => ({
				code,
				name,
				level: 'regency' as const,
				parentCode: code.slice(0, 2)
			}))
		];
		for (const row of rows) {
			tx.insert(regions)
				.values(row)
				.onConflictDoUpdate({ target: regions.code, set: { name: row.name } })
				.run();
		}
	});
}
