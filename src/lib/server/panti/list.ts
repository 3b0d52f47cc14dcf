import { and, asc, eq, like, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import type { AccreditationStatus } from '$lib/domain/accreditation';
import { accreditationStatus } from '$lib/domain/accreditation';
import type { Db } from '../db';
import { panti, regions } from '../db/schema';
import { withScope } from '../scope';

export const PAGE_SIZE = 20;

export interface PantiFilters {
	q?: string;
	province?: string;
	regionCode?: string;
	type?: string;
	ownership?: string;
	status?: AccreditationStatus;
	page?: number;
}

/** Latest finalized, unrevoked visit assessment: the one a panti's accreditation rests on. */
const latest = (column: 'grade' | 'valid_until') =>
	sql.raw(`(select a.${column} from assessments a where a.panti_id = panti.id and a.kind = 'visit'
		and a.status = 'finalized' and a.revoked_at is null order by a.finalized_at desc limit 1)`);

function statusCondition(status: AccreditationStatus, today: string): SQL {
	const grade = latest('grade');
	const validUntil = latest('valid_until');
	switch (status) {
		case 'belum':
			return sql`${grade} is null`;
		case 'TT':
			return sql`${grade} = 'TT'`;
		case 'kedaluwarsa':
			return sql`${grade} in ('A','B','C') and ${validUntil} < ${today}`;
		default:
			return sql`${grade} = ${status} and ${validUntil} >= ${today}`;
	}
}

function escapeLike(s: string): string {
	return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

/** One page of the registry within the actor's scope, with the total count for paging. */
export function listPanti(db: Db, actor: Actor, filters: PantiFilters, today: string) {
	const conditions: SQL[] = [];
	if (filters.q) {
		const pattern = `%${escapeLike(filters.q)}%`;
		conditions.push(
			or(
				sql`${panti.name} like ${pattern} escape '\\'`,
				sql`${panti.address} like ${pattern} escape '\\'`
			) as SQL
		);
	}
	if (filters.regionCode) conditions.push(eq(panti.regionCode, filters.regionCode));
	else if (filters.province) conditions.push(like(panti.regionCode, `${filters.province}.%`));
	if (filters.type) conditions.push(eq(panti.type, filters.type));
	if (filters.ownership) conditions.push(eq(panti.ownership, filters.ownership));
	if (filters.status) conditions.push(statusCondition(filters.status, today));
	const where = withScope(actor, conditions.length ? and(...conditions) : undefined);

	const total =
		db
			.select({ n: sql<number>`count(*)` })
			.from(panti)
			.where(where)
			.get()?.n ?? 0;
	const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
	const page = Math.min(Math.max(1, filters.page ?? 1), pages);
	const rows = db
		.select({
			id: panti.id,
			name: panti.name,
			type: panti.type,
			ownership: panti.ownership,
			regionCode: panti.regionCode,
			regionName: regions.name,
			capacity: panti.capacity,
			currentClients: panti.currentClients,
			grade: sql<string | null>`${latest('grade')}`,
			validUntil: sql<string | null>`${latest('valid_until')}`
		})
		.from(panti)
		.innerJoin(regions, eq(regions.code, panti.regionCode))
		.where(where)
		.orderBy(asc(panti.name), asc(panti.id))
		.limit(PAGE_SIZE)
		.offset((page - 1) * PAGE_SIZE)
		.all()
		.map(({ grade, validUntil, ...row }) => ({
			...row,
			status: accreditationStatus({ grade, validUntil }, today)
		}));
	return { rows, total, page, pages };
}
