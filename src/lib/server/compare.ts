/**
 * Side-by-side comparison of 2–5 panti (issue 6): profile facts, latest accreditation, each aspect
 * against the median and percentile of the actor's whole scope, top gaps, and the trend.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import type { PantiType } from '$lib/domain/panti-types';
import { median, percentRank } from '$lib/domain/stats';
import type { Queryable } from './db';
import { assessmentAspectScores, assessments, panti, pantiStaff, regions } from './db/schema';
import { assessmentResults } from './assessments/results';
import { LATEST_ACCREDITATION } from './dashboard';
import { withScope } from './scope';

/** Aspects of the standar umum compare across types; standar khusus aspects only within a type. */
export const aspectKey = (part: string, code: string, type: string) =>
	part === 'umum' ? `umum:${code}` : `${type}:${code}`;

interface LatestRow {
	pantiId: number;
	type: string;
	assessmentId: number;
	part: string;
	aspectCode: string;
	pct: number | null;
}

/** Every scored aspect of every panti's latest accreditation in the scope, grouped by aspect. */
function scopeDistribution(db: Queryable, actor: Actor): Map<string, number[]> {
	const rows = db.all<LatestRow>(sql`select ${panti.id} as pantiId, ${panti.type} as type,
		l.id as assessmentId, s.part as part, s.aspect_code as aspectCode, s.pct as pct
		from ${panti}
		join ${LATEST_ACCREDITATION} l on l.panti_id = ${panti.id} and l.rn = 1
		join ${assessmentAspectScores} s on s.assessment_id = l.id
		where ${withScope(actor)}`);
	const byKey = new Map<string, number[]>();
	for (const r of rows) {
		if (r.pct === null) continue;
		const key = aspectKey(r.part, r.aspectCode, r.type);
		let list = byKey.get(key);
		if (!list) byKey.set(key, (list = []));
		list.push(r.pct);
	}
	return byKey;
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
		const latest = [...history].reverse().find((a) => a.revokedAt === null) ?? null;
		const aspects = latest
			? db
					.select()
					.from(assessmentAspectScores)
					.where(eq(assessmentAspectScores.assessmentId, latest.id))
					// Insertion order is the rubric's order (umum first, then khusus).
					.orderBy(sql`rowid`)
					.all()
					.map((s) => {
						const scope = distribution.get(aspectKey(s.part, s.aspectCode, p.type)) ?? [];
						return {
							key: aspectKey(s.part, s.aspectCode, p.type),
							part: s.part,
							code: s.aspectCode,
							title: s.title,
							pct: s.pct,
							median: median(scope),
							percentile: s.pct === null ? null : percentRank(s.pct, scope),
							scopeCount: scope.length
						};
					})
			: [];
		const results = latest ? assessmentResults(db, latest, p.type as PantiType) : null;
		return {
			...p,
			socialWorkers,
			clientsPerSocialWorker:
				socialWorkers > 0 && p.currentClients !== null
					? Math.round((10 * p.currentClients) / socialWorkers) / 10
					: null,
			latest: latest && {
				id: latest.id,
				total: latest.totalPct,
				grade: latest.grade,
				finalizedAt: latest.finalizedAt,
				validUntil: latest.validUntil
			},
			aspects,
			topGaps: (results?.gaps.items ?? []).slice(0, 3).map((g) => ({
				code: g.code,
				title: g.title,
				current: g.current,
				expected: g.expected,
				points: Math.round(g.points * 100) / 100
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

/** The comparison as spreadsheet rows: one column per panti, Indonesian decimal commas. */
export function compareRows(compared: readonly ComparedPanti[]): string[][] {
	const num = (v: number | null | undefined) =>
		v === null || v === undefined ? '' : String(v).replace('.', ',');
	const keys: { key: string; label: string }[] = [];
	for (const p of compared)
		for (const a of p.aspects)
			if (!keys.some((k) => k.key === a.key))
				keys.push({
					key: a.key,
					label: `${a.part === 'umum' ? 'Umum' : `Khusus ${p.type}`} ${a.code} ${a.title} (%)`
				});
	const row = (label: string, f: (p: ComparedPanti) => string) => [label, ...compared.map(f)];
	return [
		row('Panti', (p) => p.name),
		row('Jenis', (p) => p.type),
		row('Kabupaten/kota', (p) => p.regionName),
		row('Kapasitas', (p) => num(p.capacity)),
		row('Klien saat ini', (p) => num(p.currentClients)),
		row('Klien per pekerja sosial', (p) => num(p.clientsPerSocialWorker)),
		row('Nilai total (%)', (p) => num(p.latest?.total)),
		row('Peringkat', (p) => p.latest?.grade ?? ''),
		row('Berlaku sampai', (p) => p.latest?.validUntil ?? ''),
		...keys.flatMap((k) => [
			row(k.label, (p) => num(p.aspects.find((a) => a.key === k.key)?.pct)),
			row(`${k.label} median wilayah`, (p) => num(p.aspects.find((a) => a.key === k.key)?.median)),
			row(`${k.label} persentil`, (p) => num(p.aspects.find((a) => a.key === k.key)?.percentile))
		])
	];
}
