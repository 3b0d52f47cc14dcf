import { and, asc, eq } from 'drizzle-orm';
import type { PantiIdentity } from '$lib/domain/assessment/accreditation';
import type { Queryable } from '../db';
import { panti, regions, users } from '../db/schema';

/** The panti's identity now, to be frozen with an accreditation at finalization. */
export function pantiIdentity(db: Queryable, pantiId: number): PantiIdentity {
	const row = db
		.select({ p: panti, regionName: regions.name })
		.from(panti)
		.innerJoin(regions, eq(regions.code, panti.regionCode))
		.where(eq(panti.id, pantiId))
		.get()!;
	const province = db
		.select({ name: regions.name })
		.from(regions)
		.where(eq(regions.code, row.p.regionCode.slice(0, 2)))
		.get();
	const head = db
		.select({ name: users.name })
		.from(users)
		.where(and(eq(users.pantiId, pantiId), eq(users.role, 'panti'), eq(users.active, true)))
		.orderBy(asc(users.id))
		.get();
	return {
		name: row.p.name,
		type: row.p.type,
		ownership: row.p.ownership,
		address: row.p.address,
		regionCode: row.p.regionCode,
		regionName: row.regionName,
		provinceName: province?.name ?? '',
		headName: head?.name ?? null
	};
}
