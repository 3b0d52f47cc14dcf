/**
 * Test worlds built through the app's own server modules, so server tests share one setup:
 * the rubric catalog, the usual actors, a panti, an open assessment, the seeded demo world.
 */
import { eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import type { AssessmentKind } from '$lib/domain/assessment/status';
import type { VisitRecord } from '$lib/domain/assessment/review';
import { assessmentAccess } from '$lib/server/assessments/access';
import { declare } from '$lib/server/assessments/conflict';
import { createAssessment } from '$lib/server/assessments/create';
import { saveVisitRecord } from '$lib/server/assessments/visit-record';
import { saveScore } from '$lib/server/assessments/scores';
import { finalize, submit } from '$lib/server/assessments/workflow';
import type { Db } from '$lib/server/db';
import { users } from '$lib/server/db/schema';
import { seedDemoHistory } from '$lib/server/demo/history';
import { seedDemo } from '$lib/server/demo/seed';
import { parsePantiForm } from '$lib/server/panti/form';
import { createPanti } from '$lib/server/panti/save';
import { loadCatalog } from '$lib/server/rubrics/files';
import { instrumentFor, listInstrumentVersions } from '$lib/server/rubrics/read';
import { syncCatalog } from '$lib/server/rubrics/registry';
import { addUser, testDb, validPantiForm } from './db';

/** Syncs the rubric catalog into `db` (a fresh test database by default) and returns it. */
export function withCatalog(db: Db = testDb()): Db {
	syncCatalog(db, loadCatalog());
	return db;
}

/** An admin (username `adm` unless told) with no region or panti. */
export const addAdmin = (db: Db, username = 'adm'): Actor =>
	addUser(db, { username, role: 'admin', regionCode: null, pantiId: null });

/** The Kutai Timur (64.08) dinas account `kutim`. */
export const addDinasKutim = (db: Db): Actor =>
	addUser(db, { username: 'kutim', role: 'dinas', regionCode: '64.08', pantiId: null });

/** An assessor with no region or panti. */
export const addAsesor = (db: Db, username: string): Actor =>
	addUser(db, { username, role: 'asesor', regionCode: null, pantiId: null });

/** Creates a panti from a browser-shaped form (the valid Kutai Timur one by default); its id. */
export function addPanti(db: Db, admin: Actor, form = validPantiForm(), now = new Date()): number {
	const parsed = parsePantiForm(form);
	if (!parsed.ok) throw new Error('bad fixture');
	const saved = createPanti(db, admin, parsed.data, now);
	if (!saved.ok) throw new Error(JSON.stringify(saved));
	return saved.id;
}

export interface KutimWorld {
	/** A database to build in (a fresh test database by default); the catalog is synced into it. */
	db?: Db;
	adminName?: string;
	form?: FormData;
	now?: Date;
}

/**
 * The start most server tests share: the catalog, an admin, a Kutai Timur (64.08) panti made
 * from `form` (the valid one by default) and the Kutai Timur dinas.
 */
export function kutimWorld(w: KutimWorld = {}) {
	const db = withCatalog(w.db);
	const admin = addAdmin(db, w.adminName);
	const pantiId = addPanti(db, admin, w.form, w.now);
	const dinas = addDinasKutim(db);
	return { db, admin, pantiId, dinas };
}

export interface OpenAssessment {
	pantiId: number;
	leadId: number;
	memberIds?: number[];
	kind?: AssessmentKind;
	plannedDate?: string | null;
	/** The instrument version, `1.0.0` (an older one, allowed on purpose) unless told. */
	version?: string;
	now?: Date;
	/** Whether the visit's team has declared no conflict of interest (yes unless told). */
	declared?: boolean;
}

/** Every member of a visit's team declares no conflict of interest, as they must before scoring. */
export function declareTeam(
	db: Db,
	assessmentId: number,
	memberIds: readonly number[],
	now = new Date()
) {
	for (const userId of memberIds) {
		const u = db.select().from(users).where(eq(users.id, userId)).get()!;
		const actor: Actor = { id: u.id, role: u.role, regionCode: u.regionCode, pantiId: u.pantiId };
		const access = assessmentAccess(db, actor, assessmentId);
		if (!access) throw new Error(`${u.username} is not on assessment ${assessmentId}`);
		const done = declare(db, actor, access, { statement: 'tidak-ada', confirm: 'ya' }, now);
		if (!done.ok) throw new Error(done.message);
	}
}

/** Opens an assessment for `by` on the anak instrument of `version`: its id and that instrument. */
export function openAssessment(db: Db, by: Actor, a: OpenAssessment) {
	const instrumentVersionId = listInstrumentVersions(db).find(
		(i) => i.version === (a.version ?? '1.0.0')
	)!.id;
	const created = createAssessment(
		db,
		by,
		{
			pantiId: a.pantiId,
			kind: a.kind ?? 'visit',
			instrumentVersionId,
			plannedDate: a.plannedDate ?? null,
			leadId: a.leadId,
			memberIds: a.memberIds ?? []
		},
		a.now ?? new Date(),
		{ allowSuperseded: true }
	);
	if (!created.ok) throw new Error(JSON.stringify(created));
	if ((a.kind ?? 'visit') === 'visit' && a.declared !== false)
		declareTeam(db, created.id, [a.leadId, ...(a.memberIds ?? [])], a.now);
	const form = instrumentFor(db, instrumentVersionId, 'anak')!;
	return { id: created.id, form, instrumentVersionId };
}

/**
 * The lead records the visit (a one-day visit yesterday, the whole team and the panti head present
 * unless told), as a visit needs before it can be submitted.
 */
export function recordVisit(
	db: Db,
	lead: Actor,
	assessmentId: number,
	record: Partial<VisitRecord> = {},
	now = new Date()
): VisitRecord {
	const access = assessmentAccess(db, lead, assessmentId);
	if (!access) throw new Error('the lead cannot see the assessment');
	const yesterday = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
	const full: VisitRecord = {
		startedOn: yesterday,
		endedOn: yesterday,
		present: [{ name: 'Ibu Kepala Panti', position: 'Kepala panti' }],
		teamPresent: [lead.id],
		...record
	};
	const saved = saveVisitRecord(db, lead, access, access.assessment.version, full, now);
	if (!saved.ok) throw new Error(JSON.stringify(saved));
	return full;
}

/**
 * A one-person visit scored at `level` everywhere, recorded, submitted by `lead` and finalized by
 * `dinas` on `today`: its id and form.
 */
export function finalizedVisit(
	db: Db,
	dinas: Actor,
	lead: Actor,
	pantiId: number,
	{ level = 3, today = '2026-12-03', now = new Date() } = {}
) {
	const opened = openAssessment(db, dinas, { pantiId, leadId: lead.id, now });
	for (const ind of opened.form.indicators) {
		const saved = saveScore(
			db,
			lead,
			assessmentAccess(db, lead, opened.id)!,
			opened.form,
			{ code: ind.code, level, notApplicable: false, note: '', version: 0 },
			now
		);
		if (!saved.ok) throw new Error(JSON.stringify(saved));
	}
	recordVisit(db, lead, opened.id, {}, now);
	const submitted = submit(db, lead, assessmentAccess(db, lead, opened.id)!, opened.form, now);
	if (!submitted.ok) throw new Error(submitted.message);
	const done = finalize(
		db,
		dinas,
		assessmentAccess(db, dinas, opened.id)!,
		opened.form,
		today,
		now
	);
	if (!done.ok) throw new Error(done.message);
	return opened;
}

/** The seeded demo world with its history (slow: the demo accounts' hashing is slow on purpose). */
export async function demoWorld(): Promise<Db> {
	const db = withCatalog();
	await seedDemo(db);
	seedDemoHistory(db);
	return db;
}

/** The account `username` as an actor. */
export function actorOf(db: Db, username: string): Actor {
	const u = db.select().from(users).where(eq(users.username, username)).get()!;
	return { id: u.id, role: u.role, regionCode: u.regionCode, pantiId: u.pantiId };
}
