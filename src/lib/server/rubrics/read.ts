import { asc, desc, eq } from 'drizzle-orm';
import type { PantiType } from '$lib/domain/panti/types';
import { type ResolvedInstrument, resolveInstrument } from '$lib/domain/engine';
import type { Queryable } from '../db';
import { instrumentRubrics, instrumentVersions, rubricVersions } from '../db/schema';

export function listRubricVersions(db: Queryable) {
	return db
		.select({
			id: rubricVersions.id,
			rubricId: rubricVersions.rubricId,
			version: rubricVersions.version,
			title: rubricVersions.title,
			contentHash: rubricVersions.contentHash,
			publishedAt: rubricVersions.publishedAt
		})
		.from(rubricVersions)
		.orderBy(asc(rubricVersions.rubricId), asc(rubricVersions.version))
		.all();
}

export function listInstrumentVersions(db: Queryable) {
	return db
		.select({
			id: instrumentVersions.id,
			instrumentId: instrumentVersions.instrumentId,
			version: instrumentVersions.version,
			title: instrumentVersions.title,
			contentHash: instrumentVersions.contentHash,
			publishedAt: instrumentVersions.publishedAt
		})
		.from(instrumentVersions)
		.orderBy(desc(instrumentVersions.id))
		.all();
}

const semver = (v: string) => v.split('.').map(Number);
const newer = (a: string, b: string) => {
	const [x, y] = [semver(a), semver(b)];
	for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] ?? 0) > (y[i] ?? 0);
	return false;
};

/**
 * The newest version of each instrument: the only ones new assessments may use. An older version
 * stays for the assessments that pinned it, but is not offered again (instrument 3.0.0 fixed
 * outcomes of 2.0.0 — a panti with papers and nothing else graded C — that must not recur).
 */
export function currentInstrumentVersions(db: Queryable) {
	const newest = new Map<string, ReturnType<typeof listInstrumentVersions>[number]>();
	for (const v of listInstrumentVersions(db)) {
		const seen = newest.get(v.instrumentId);
		if (!seen || newer(v.version, seen.version)) newest.set(v.instrumentId, v);
	}
	return [...newest.values()];
}

export function getRubricVersion(db: Queryable, id: number) {
	const row = db.select().from(rubricVersions).where(eq(rubricVersions.id, id)).get();
	return row ?? null;
}

export function getInstrumentVersion(db: Queryable, id: number) {
	const row = db.select().from(instrumentVersions).where(eq(instrumentVersions.id, id)).get();
	if (!row) return null;
	const parts = db
		.select({ part: instrumentRubrics.part, rubricVersionId: instrumentRubrics.rubricVersionId })
		.from(instrumentRubrics)
		.where(eq(instrumentRubrics.instrumentVersionId, id))
		.all();
	return { ...row, parts };
}

// Published versions never change, so their forms can be cached for the life of the process.
const formCache = new Map<string, ResolvedInstrument>();

/** The scoring form of an instrument version for one panti type, or null if it has none. */
export function instrumentFor(
	db: Queryable,
	instrumentVersionId: number,
	type: PantiType
): ResolvedInstrument | null {
	const key = `${instrumentVersionId}:${type}`;
	const cached = formCache.get(key);
	if (cached) return cached;
	const ins = getInstrumentVersion(db, instrumentVersionId);
	const umumId = ins?.parts.find((p) => p.part === 'umum')?.rubricVersionId;
	const khususId = ins?.parts.find((p) => p.part === type)?.rubricVersionId;
	if (!ins || !umumId || !khususId) return null;
	const form = resolveInstrument(
		ins.content,
		getRubricVersion(db, umumId)!.content,
		getRubricVersion(db, khususId)!.content
	);
	formCache.set(key, form);
	return form;
}
