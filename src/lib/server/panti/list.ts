/**
 * The registry query, shared by the `/panti` page (one page at a time) and the CSV export (every
 * row): the same filters, scope, order and accreditation status for both.
 */
import { and, asc, eq, inArray, isNull, lt, gte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import type { Actor } from '$lib/domain/access';
import {
	accreditationStatus,
	ACCREDITATION_STATUSES,
	type AccreditationStatus
} from '$lib/domain/assessment/accreditation';
import { OWNERSHIPS, PANTI_TYPES } from '$lib/domain/panti/types';
import type { Db } from '../db';
import { panti, regions } from '../db/schema';
import { latest, LATEST_ACCREDITATION_ID } from '../latest-accreditation';
import { withScope, regionPrefix } from '../scope';

export const PAGE_SIZE = 20;

/** Unknown filter values are dropped rather than rejected: a stale link still shows the registry. */
export const registryFilterSchema = z.object({
	q: z.string().trim().max(100).optional().catch(undefined),
	province: z
		.string()
		.regex(/^\d{2}$/)
		.optional()
		.catch(undefined),
	regionCode: z
		.string()
		.regex(/^\d{2}\.\d{2}$/)
		.optional()
		.catch(undefined),
	type: z.enum(PANTI_TYPES).optional().catch(undefined),
	ownership: z.enum(OWNERSHIPS).optional().catch(undefined),
	status: z.enum(ACCREDITATION_STATUSES).optional().catch(undefined),
	page: z.coerce.number().int().min(1).max(100000).optional().catch(undefined)
});

export type PantiFilters = z.infer<typeof registryFilterSchema>;

/** The registry's query string (`/panti?…`, `/panti/ekspor.csv?…`) as filters. */
export function parseRegistryFilters(params: URLSearchParams): PantiFilters {
	return registryFilterSchema.parse(Object.fromEntries([...params].filter(([, v]) => v !== '')));
}

function statusCondition(status: AccreditationStatus, today: string): SQL {
	switch (status) {
		case 'belum':
			return isNull(latest.id);
		case 'TT':
			return eq(latest.grade, 'TT');
		case 'kedaluwarsa':
			return and(inArray(latest.grade, ['A', 'B', 'C']), lt(latest.validUntil, today)) as SQL;
		default:
			return and(eq(latest.grade, status), gte(latest.validUntil, today)) as SQL;
	}
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);

function conditions(filters: PantiFilters, today: string): SQL | undefined {
	const out: SQL[] = [];
	if (filters.q) {
		const pattern = `%${escapeLike(filters.q)}%`;
		out.push(
			or(
				sql`${panti.name} like ${pattern} escape '\\'`,
				sql`${panti.address} like ${pattern} escape '\\'`
			) as SQL
		);
	}
	if (filters.regionCode) out.push(eq(panti.regionCode, filters.regionCode));
	else if (filters.province) out.push(regionPrefix(filters.province));
	if (filters.type) out.push(eq(panti.type, filters.type));
	if (filters.ownership) out.push(eq(panti.ownership, filters.ownership));
	if (filters.status) out.push(statusCondition(filters.status, today));
	return out.length ? and(...out) : undefined;
}

const province = alias(regions, 'province');

/** Matching panti in the actor's scope with their latest accreditation, in name order. */
function registryQuery(db: Db, actor: Actor, filters: PantiFilters, today: string) {
	return db
		.select({
			id: panti.id,
			name: panti.name,
			type: panti.type,
			ownership: panti.ownership,
			address: panti.address,
			regionCode: panti.regionCode,
			regionName: regions.name,
			provinceName: province.name,
			capacity: panti.capacity,
			currentClients: panti.currentClients,
			grade: latest.grade,
			validUntil: latest.validUntil
		})
		.from(panti)
		.innerJoin(regions, eq(regions.code, panti.regionCode))
		.leftJoin(province, eq(province.code, regions.parentCode))
		.leftJoin(latest, eq(latest.id, LATEST_ACCREDITATION_ID))
		.where(withScope(actor, conditions(filters, today)))
		.orderBy(asc(panti.name), asc(panti.id))
		.$dynamic();
}

const withStatus =
	(today: string) =>
	<T extends { grade: string | null; validUntil: string | null }>(row: T) => ({
		...row,
		status: accreditationStatus(row, today)
	});

/** One page of the registry within the actor's scope, with the total count for paging. */
export function listPanti(db: Db, actor: Actor, filters: PantiFilters, today: string) {
	// The latest accreditation is only looked up for counting when the status filter needs it.
	const count = db
		.select({ n: sql<number>`count(*)` })
		.from(panti)
		.$dynamic();
	if (filters.status) count.leftJoin(latest, eq(latest.id, LATEST_ACCREDITATION_ID));
	const total = count.where(withScope(actor, conditions(filters, today))).get()?.n ?? 0;
	const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
	const page = Math.min(Math.max(1, filters.page ?? 1), pages);
	const rows = registryQuery(db, actor, filters, today)
		.limit(PAGE_SIZE)
		.offset((page - 1) * PAGE_SIZE)
		.all()
		.map(withStatus(today));
	return { rows, total, page, pages };
}

/** Every matching row for the CSV export, at most `limit` + 1 (so the caller sees an overflow). */
export function allPanti(
	db: Db,
	actor: Actor,
	filters: PantiFilters,
	today: string,
	limit: number
) {
	return registryQuery(db, actor, filters, today)
		.limit(limit + 1)
		.all()
		.map(withStatus(today));
}
