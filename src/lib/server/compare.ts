/**
 * Side-by-side comparison of 2–5 panti: profile facts, latest accreditation, each aspect
 * against the median and percentile of the actor's whole scope, top gaps, and the trend.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import type { Queryable } from './db';
import { assessmentAspectScores, assessments, panti, pantiStaff, regions } from './db/schema';
import { latestAccreditation } from '$lib/domain/assessment/accreditation';
import { analyseGaps, scoreSheet } from '$lib/domain/engine';
import { medianSorted, percentRankSorted } from '$lib/domain/overview/stats';
import { round2, roundTo } from '$lib/domain/round';
import { scoredType } from './assessments/access';
import { gradedSheet } from './assessments/results';
import { instrumentFor } from './rubrics/read';
import { LATEST_ACCREDITATION_ID } from './latest-accreditation';
import { withScope } from './scope';

/** Aspects of the standar umum compare across types; standar khusus aspects only within a type. */
export const aspectKey = (part: string, code: string, type: string) =>
	part === 'umum' ? `umum:${code}` : `${type}:${code}`;

/** Sorted scores per aspect across a scope: median is a lookup, percentile a binary search. */
type Distribution = Map<string, Float64Array>;
const EMPTY = new Float64Array(0);

/**
 * Every scored aspect of every panti's latest accreditation in the scope, one sorted array per
 * aspect, aggregated in SQL (national scope: ~100,000 rows never become JS objects).
 */
function loadDistribution(db: Queryable, actor: Actor): Distribution {
	const rows = db.all<{ part: string; code: string; type: string; values: string }>(sql`
		select s.part as part, s.aspect_code as code, ${panti.type} as type, group_concat(s.pct) as "values"
		from ${panti}
		join ${assessmentAspectScores} s on s.assessment_id = ${LATEST_ACCREDITATION_ID}
		where ${withScope(actor)} and s.pct is not null
		group by s.part, s.aspect_code, case when s.part = 'umum' then '' else ${panti.type} end`);
	const out: Distribution = new Map();
	for (const r of rows) {
		const key = aspectKey(r.part, r.code, r.type);
		const values = Float64Array.from(r.values.split(','), Number).sort();
		out.set(key, values);
	}
	return out;
}

/**
 * What the distribution depends on: a new finalization (aspect rows are append-only), a
 * revocation, a new or edited panti. Cheap to read; when it changes the cache is rebuilt.
 */
function distributionVersion(db: Queryable): string {
	const v = db.get<{ a: number; r: number; p: number; u: string }>(sql`select
		(select coalesce(max(rowid), 0) from ${assessmentAspectScores}) as a,
		(select count(*) from ${assessments} where revoked_at is not null) as r,
		(select coalesce(max(id), 0) from ${panti}) as p,
		(select coalesce(max(updated_at), '') from ${panti}) as u`);
	return `${v.a}:${v.r}:${v.p}:${v.u}`;
}

// One distribution per scope (role + region), reused until the data behind it changes.
const cache = new Map<string, { version: string; distribution: Distribution }>();

function scopeDistribution(db: Queryable, actor: Actor): Distribution {
	const scope =
		actor.role === 'admin' ? 'admin' : `${actor.role}:${actor.regionCode}:${actor.pantiId}`;
	const version = distributionVersion(db);
	const hit = cache.get(scope);
	if (hit && hit.version === version) return hit.distribution;
	const distribution = loadDistribution(db, actor);
	cache.set(scope, { version, distribution });
	return distribution;
}

/** The panti to compare, or null when any of them is missing or outside the scope. */
export function comparePanti(db: Queryable, actor: Actor, ids: readonly number[]) {
	const found = db
		.select({
			id: panti.id,
			name: panti.name,
			type: panti.type,
			regionName: regions.name,
			capacity: panti.capacity,
			currentClients: panti.currentClients
		})
		.from(panti)
		.innerJoin(regions, eq(regions.code, panti.regionCode))
		.where(withScope(actor, inArray(panti.id, [...ids])))
		.all();
	if (found.length !== new Set(ids).size) return null;
	const byId = new Map(found.map((p) => [p.id, p]));
	const distribution = scopeDistribution(db, actor);

	return ids.map((id) => {
		const p = byId.get(id)!;
		const socialWorkers =
			db
				.select({ n: pantiStaff.count })
				.from(pantiStaff)
				.where(and(eq(pantiStaff.pantiId, id), eq(pantiStaff.profession, 'pekerja_sosial')))
				.get()?.n ?? 0;
		const history = db
			.select()
			.from(assessments)
			.where(
				and(
					eq(assessments.pantiId, id),
					eq(assessments.kind, 'visit'),
					eq(assessments.status, 'finalized')
				)
			)
			.orderBy(asc(assessments.finalizedAt), asc(assessments.id))
			.all();
		const latest = latestAccreditation(history);
		const aspects = latest
			? db
					.select()
					.from(assessmentAspectScores)
					.where(eq(assessmentAspectScores.assessmentId, latest.id))
					// Insertion order is the rubric's order (umum first, then khusus).
					.orderBy(sql`rowid`)
					.all()
					.map((s) => {
						const scope = distribution.get(aspectKey(s.part, s.aspectCode, p.type)) ?? EMPTY;
						return {
							key: aspectKey(s.part, s.aspectCode, p.type),
							part: s.part,
							code: s.aspectCode,
							title: s.title,
							pct: s.pct,
							median: medianSorted(scope),
							percentile: s.pct === null ? null : percentRankSorted(scope, s.pct),
							scopeCount: scope.length
						};
					})
			: [];
		// Only the top gaps are shown: score and analyse the sheet, no path or trend.
		const form = latest ? instrumentFor(db, latest.instrumentVersionId, scoredType(latest)) : null;
		const graded = latest && form ? gradedSheet(db, latest.id) : null;
		const gaps =
			form && graded
				? analyseGaps(form, graded.sheet, scoreSheet(form, graded.sheet), graded.notes).items
				: [];
		return {
			...p,
			socialWorkers,
			clientsPerSocialWorker:
				socialWorkers > 0 && p.currentClients !== null
					? roundTo(p.currentClients / socialWorkers, 1)
					: null,
			latest: latest && {
				id: latest.id,
				total: latest.totalPct,
				grade: latest.grade,
				finalizedAt: latest.finalizedAt,
				validUntil: latest.validUntil
			},
			aspects,
			topGaps: gaps.slice(0, 3).map((g) => ({
				code: g.code,
				title: g.title,
				current: g.current,
				expected: g.expected,
				points: round2(g.points)
			})),
			trend: history.map((a) => ({
				id: a.id,
				finalizedAt: a.finalizedAt,
				total: a.totalPct,
				grade: a.grade,
				revoked: a.revokedAt !== null
			}))
		};
	});
}

export type ComparedPanti = NonNullable<ReturnType<typeof comparePanti>>[number];

/** Panti of the scope matching a search, for adding to the comparison. */
export function comparePicker(db: Queryable, actor: Actor, q: string, exclude: readonly number[]) {
	const pattern = `%${q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
	return db
		.select({ id: panti.id, name: panti.name, regionName: regions.name })
		.from(panti)
		.innerJoin(regions, eq(regions.code, panti.regionCode))
		.where(withScope(actor, sql`${panti.name} like ${pattern} escape '\\'`))
		.orderBy(asc(panti.name))
		.limit(20)
		.all()
		.filter((p) => !exclude.includes(p.id));
}
