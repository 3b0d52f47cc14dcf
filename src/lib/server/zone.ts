import { eq } from 'drizzle-orm';
import { zoneOfRegion, type Zone } from '$lib/domain/time-zone';
import type { Queryable } from './db';
import { panti } from './db/schema';

/**
 * The zone a user reads times in where no panti is in context: a Dinas its region's, a kepala
 * panti their panti's, everyone else (admin, assessors) WIB.
 */
export function userZone(
	db: Queryable,
	user: { readonly regionCode: string | null; readonly pantiId: number | null }
): Zone {
	if (user.regionCode) return zoneOfRegion(user.regionCode);
	if (user.pantiId === null) return 'WIB';
	const own = db
		.select({ regionCode: panti.regionCode })
		.from(panti)
		.where(eq(panti.id, user.pantiId))
		.get();
	return zoneOfRegion(own?.regionCode);
}
