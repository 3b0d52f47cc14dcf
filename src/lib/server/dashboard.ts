/**
 * The Dinas dashboard: every figure of the actor's scope (the whole country for admin)
 * from four queries, aggregated in one pass by the pure `summarize`.
 */
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import {
	isExpiringSoon,
	summarize,
	type PantiAccreditationRow
} from '$lib/domain/overview/dashboard';
import { addMonths } from '$lib/domain/dates';
import { EXPIRING_DOCUMENTS, type PantiType } from '$lib/domain/panti/types';
import type { Queryable } from './db';
import { assessments, panti, pantiLegalDocuments, regions } from './db/schema';
import { LATEST_ACCREDITATION_ID, latestAccreditationOf } from './latest-accreditation';
import { regionPrefix, withScope } from './scope';

export interface DashboardFilters {
	province?: string;
	regionCode?: string;
	type?: PantiType;
}

export function filterCondition(f: DashboardFilters): SQL | undefined {
	const c: SQL[] = [];
	if (f.regionCode) c.push(eq(panti.regionCode, f.regionCode));
	else if (f.province) c.push(regionPrefix(f.province));
	if (f.type) c.push(eq(panti.type, f.type));
	return c.length ? and(...c) : undefined;
}

/**
 * One row per panti in scope with its latest accreditation. The grade and validity come from one
 * probe of the covering index `assessments_latest_visit_idx`, packed as `grade|valid_until`: at
 * national scale this halves the query against joining the assessment row (~26 vs ~48 ms).
 */
function accreditationRows(db: Queryable, where: SQL): PantiAccreditationRow[] {
	return db
		.all<{ id: number; type: PantiType; regionCode: string; gv: string | null }>(
			sql`select ${panti.id} as id, ${panti.type} as type, ${panti.regionCode} as regionCode,
			${latestAccreditationOf(sql`a.grade || '|' || coalesce(a.valid_until, '')`)} as gv
			from ${panti} where ${where}`
		)
		.map((r) => {
			const [grade, validUntil] = r.gv ? r.gv.split('|') : [null, null];
			return {
				id: r.id,
				type: r.type,
				regionCode: r.regionCode,
				grade: grade ?? null,
				validUntil: validUntil || null
			};
		});
}

function regionNamesOf(db: Queryable, codes: readonly string[]): Map<string, string> {
	if (codes.length === 0) return new Map();
	return new Map(
		db
			.select({ code: regions.code, name: regions.name })
			.from(regions)
			.where(inArray(regions.code, [...codes]))
			.all()
			.map((r) => [r.code, r.name])
	);
}

export function dashboard(db: Queryable, actor: Actor, filters: DashboardFilters, today: string) {
	const where = withScope(actor, filterCondition(filters));
	const rows = accreditationRows(db, where);
	// Nationally, 514 kab/kota rows would drown the page: group by province until one is picked.
	const level: 'province' | 'regency' =
		actor.role === 'admin' && !filters.province && !filters.regionCode ? 'province' : 'regency';
	const summary = summarize(rows, today, level === 'province' ? (c) => c.slice(0, 2) : undefined);
	const regionNames = regionNamesOf(db, [...summary.byRegion.keys()]);
	const horizon = addMonths(today, 6);
	const soon = rows
		.filter((r) => isExpiringSoon(r, today, horizon))
		.sort((a, b) => a.validUntil!.localeCompare(b.validUntil!) || a.id - b.id);
	const LIST = 25;
	const names = new Map(
		soon.length
			? db
					.select({ id: panti.id, name: panti.name })
					.from(panti)
					.where(
						inArray(
							panti.id,
							soon.slice(0, LIST).map((r) => r.id)
						)
					)
					.all()
					.map((p) => [p.id, p.name])
			: []
	);
	const expiring = soon.slice(0, LIST).map((r) => ({ ...r, name: names.get(r.id) ?? '' }));
	const documentWhere = and(
		where,
		inArray(pantiLegalDocuments.kind, [...EXPIRING_DOCUMENTS]),
		sql`${pantiLegalDocuments.expiresOn} <= ${horizon}`
	);
	const documentCounts = db
		.select({
			expired: sql<number>`coalesce(sum(${pantiLegalDocuments.expiresOn} < ${today}), 0)`,
			expiring: sql<number>`coalesce(sum(${pantiLegalDocuments.expiresOn} >= ${today}), 0)`
		})
		.from(pantiLegalDocuments)
		.innerJoin(panti, eq(panti.id, pantiLegalDocuments.pantiId))
		.where(documentWhere)
		.get()!;
	const documents = db
		.select({
			pantiId: panti.id,
			name: panti.name,
			kind: pantiLegalDocuments.kind,
			expiresOn: pantiLegalDocuments.expiresOn
		})
		.from(pantiLegalDocuments)
		.innerJoin(panti, eq(panti.id, pantiLegalDocuments.pantiId))
		.where(documentWhere)
		.orderBy(asc(pantiLegalDocuments.expiresOn), asc(panti.name))
		.limit(LIST)
		.all();

	const waitingWhere = and(where, eq(assessments.status, 'submitted'));
	const waitingTotal =
		db
			.select({ n: sql<number>`count(*)` })
			.from(assessments)
			.innerJoin(panti, eq(panti.id, assessments.pantiId))
			.where(waitingWhere)
			.get()?.n ?? 0;
	const waiting = db
		.select({
			id: assessments.id,
			pantiId: panti.id,
			name: panti.name,
			submittedAt: assessments.submittedAt
		})
		.from(assessments)
		.innerJoin(panti, eq(panti.id, assessments.pantiId))
		.where(waitingWhere)
		.orderBy(asc(assessments.submittedAt))
		.limit(LIST)
		.all();

	// Safeguarding findings in the latest accreditation of each panti: clients to protect now.
	const findingsWhere = and(
		where,
		sql`${assessments.safeguardingFindings} not in ('[]')`,
		eq(assessments.id, LATEST_ACCREDITATION_ID)
	);
	const safeguardingTotal =
		db
			.select({ n: sql<number>`count(*)` })
			.from(assessments)
			.innerJoin(panti, eq(panti.id, assessments.pantiId))
			.where(findingsWhere)
			.get()?.n ?? 0;
	const safeguardingRows = db
		.select({
			id: assessments.id,
			pantiId: panti.id,
			name: panti.name,
			finalizedAt: assessments.finalizedAt,
			codes: assessments.safeguardingFindings
		})
		.from(assessments)
		.innerJoin(panti, eq(panti.id, assessments.pantiId))
		.where(findingsWhere)
		.orderBy(desc(assessments.finalizedAt))
		.limit(LIST)
		.all();

	return {
		safeguarding: { total: safeguardingTotal, rows: safeguardingRows },
		summary: {
			overall: summary.overall,
			expiringSoon: summary.expiringSoon,
			byRegion: [...summary.byRegion]
				.map(([code, counts]) => ({ code, level, name: regionNames.get(code) ?? code, counts }))
				.sort((a, b) => a.code.localeCompare(b.code)),
			byType: [...summary.byType]
				.map(([type, counts]) => ({ type, counts }))
				.sort((a, b) => b.counts.total - a.counts.total)
		},
		expiring: { total: soon.length, rows: expiring },
		documents: { ...documentCounts, rows: documents },
		waiting: { total: waitingTotal, rows: waiting }
	};
}
