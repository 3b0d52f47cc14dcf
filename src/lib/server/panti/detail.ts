import { and, eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import type { Queryable } from '../db';
import { panti, pantiLegalDocuments, pantiPmks, pantiStaff, regions } from '../db/schema';
import { withScope } from '../scope';

export type PantiDetail = NonNullable<ReturnType<typeof getPanti>>;

/**
 * A panti with its staff, PMKS categories and legal documents, or null when it does not exist
 * or lies outside the actor's scope (the two are indistinguishable to the caller on purpose).
 */
export function getPanti(db: Queryable, actor: Actor, id: number) {
	const row = db
		.select({ panti, regionName: regions.name })
		.from(panti)
		.innerJoin(regions, eq(regions.code, panti.regionCode))
		.where(withScope(actor, eq(panti.id, id)))
		.get();
	if (!row) return null;
	const province = db
		.select({ name: regions.name })
		.from(regions)
		.where(eq(regions.code, row.panti.regionCode.slice(0, 2)))
		.get();
	const staff = db.select().from(pantiStaff).where(eq(pantiStaff.pantiId, id)).all();
	const pmks = db.select().from(pantiPmks).where(eq(pantiPmks.pantiId, id)).all();
	const legal = db
		.select()
		.from(pantiLegalDocuments)
		.where(and(eq(pantiLegalDocuments.pantiId, id)))
		.all();
	return {
		...row.panti,
		regionName: row.regionName,
		provinceName: province?.name ?? '',
		staff: Object.fromEntries(staff.map((s) => [s.profession, s.count])),
		pmks: pmks.map((p) => p.pmksCode),
		legal: Object.fromEntries(
			legal.map((d) => [d.kind, { number: d.number, issuedOn: d.issuedOn, expiresOn: d.expiresOn }])
		)
	};
}
