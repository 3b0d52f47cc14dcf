/**
 * The Dinas dashboard (issue 6): every figure of the actor's scope (the whole country for admin)
 * from four queries, aggregated in one pass by the pure `summarize`.
 */
import { and, asc, eq, inArray, like, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import { isExpiringSoon, summarize, type PantiAccreditationRow } from '$lib/domain/dashboard';
import { addMonths } from '$lib/domain/dates';
import { EXPIRING_DOCUMENTS } from '$lib/domain/panti-types';
import type { Queryable } from './db';
import { assessments, panti, pantiLegalDocuments, regions } from './db/schema';
import { withScope } from './scope';

export interface DashboardFilters {
	province?: string;
	regionCode?: string;
	type?: string;
}

export function filterCondition(f: DashboardFilters): SQL | undefined {
	const c: SQL[] = [];
	if (f.regionCode) c.push(eq(panti.regionCode, f.regionCode));
	else if (f.province) c.push(like(panti.regionCode, `${f.province}.%`));
	if (f.type) c.push(eq(panti.type, f.type));
	return c.length ? and(...c) : undefined;
}

/** The latest finalized, unrevoked visit per panti: what its accreditation rests on. */
export const LATEST_ACCREDITATION = sql`(select panti_id, id, grade, valid_until, total_pct, finalized_at,
	row_number() over (partition by panti_id order by finalized_at desc, id desc) as rn
	from assessments where kind = 'visit' and status = 'finalized' and revoked_at is null)`;

type Row = PantiAccreditationRow & { name: string; regionName: string };

export function dashboard(db: Queryable, actor: Actor, filters: DashboardFilters, today: string) {
	const where = withScope(actor, filterCondition(filters));
	const rows =
		db.all<Row>(sql`select ${panti.id} as id, ${panti.name} as name, ${panti.type} as type,
		${panti.regionCode} as regionCode, ${regions.name} as regionName, l.grade as grade,
		l.valid_until as validUntil
		from ${panti} join ${regions} on ${regions.code} = ${panti.regionCode}
		left join ${LATEST_ACCREDITATION} l on l.panti_id = ${panti.id} and l.rn = 1
		where ${where}`);
	const summary = summarize(rows, today);
	const regionNames = new Map(rows.map((r) => [r.regionCode, r.regionName]));
	const horizon = addMonths(today, 6);
	const expiring = rows
		.filter((r) => isExpiringSoon(r, today, horizon))
		.sort((a, b) => a.validUntil!.localeCompare(b.validUntil!) || a.name.localeCompare(b.name));

	const documents = db
		.select({
			pantiId: panti.id,
			name: panti.name,
			kind: pantiLegalDocuments.kind,
			expiresOn: pantiLegalDocuments.expiresOn
		})
		.from(pantiLegalDocuments)
		.innerJoin(panti, eq(panti.id, pantiLegalDocuments.pantiId))
		.where(
			and(
				where,
				inArray(pantiLegalDocuments.kind, [...EXPIRING_DOCUMENTS]),
				sql`${pantiLegalDocuments.expiresOn} <= ${horizon}`
			)
		)
		.orderBy(asc(pantiLegalDocuments.expiresOn), asc(panti.name))
		.all();

	const waiting = db
		.select({
			id: assessments.id,
			pantiId: panti.id,
			name: panti.name,
			submittedAt: assessments.submittedAt
		})
		.from(assessments)
		.innerJoin(panti, eq(panti.id, assessments.pantiId))
		.where(and(where, eq(assessments.status, 'submitted')))
		.orderBy(asc(assessments.submittedAt))
		.all();

	const LIST = 25;
	return {
		summary: {
			overall: summary.overall,
			expiringSoon: summary.expiringSoon,
			byRegion: [...summary.byRegion]
				.map(([code, counts]) => ({ code, name: regionNames.get(code) ?? code, counts }))
				.sort((a, b) => a.code.localeCompare(b.code)),
			byType: [...summary.byType]
				.map(([type, counts]) => ({ type, counts }))
				.sort((a, b) => b.counts.total - a.counts.total)
		},
		expiring: { total: expiring.length, rows: expiring.slice(0, LIST) },
		documents: {
			expired: documents.filter((d) => d.expiresOn! < today).length,
			expiring: documents.filter((d) => d.expiresOn! >= today).length,
			rows: documents.slice(0, LIST)
		},
		waiting: { total: waiting.length, rows: waiting.slice(0, LIST) }
	};
}
