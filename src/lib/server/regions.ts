import { asc, eq, like, or } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import type { Queryable } from './db';
import { regions } from './db/schema';

export interface RegionOption {
	code: string;
	name: string;
}

/** Provinces and kab/kota the actor may pick from (the whole country for admin). */
export function regionOptions(db: Queryable, actor: Actor) {
	const scope = actor.role === 'dinas' ? actor.regionCode : null;
	const provinceCode = scope ? scope.slice(0, 2) : null;
	const provinces = db
		.select({ code: regions.code, name: regions.name })
		.from(regions)
		.where(provinceCode ? eq(regions.code, provinceCode) : eq(regions.level, 'province'))
		.orderBy(asc(regions.code))
		.all();
	const regencies = db
		.select({ code: regions.code, name: regions.name })
		.from(regions)
		.where(
			scope
				? or(eq(regions.code, scope), like(regions.code, `${scope}.%`))
				: eq(regions.level, 'regency')
		)
		.orderBy(asc(regions.code))
		.all()
		.filter((r) => r.code.length === 5);
	return { provinces, regencies };
}

/** A region's name by code, or the code itself if unknown. */
export function regionName(db: Queryable, code: string): string {
	return (
		db.select({ name: regions.name }).from(regions).where(eq(regions.code, code)).get()?.name ??
		code
	);
}
