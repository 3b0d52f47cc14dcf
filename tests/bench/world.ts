/**
 * A throwaway world for server benchmarks: a temp folder with synthetic 250-indicator rubrics
 * (the shipped ones have ~70 per panti type), the demo data, 50 assessors on one assessment each
 * with a session, so the load is what 50 concurrent tablets would send.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createSession } from '../../src/lib/server/auth/session';
import { assessmentAccess } from '../../src/lib/server/assessments/access';
import { declare } from '../../src/lib/server/assessments/conflict';
import { createAssessment } from '../../src/lib/server/assessments/create';
import { migrateDb, openDb, type Db } from '../../src/lib/server/db/index';
import { ensureReferenceData } from '../../src/lib/server/db/reference';
import { seedDemo } from '../../src/lib/server/demo/seed';
import { panti, sessions, users } from '../../src/lib/server/db/schema';
import { loadCatalog } from '../../src/lib/server/rubrics/files';
import { syncCatalog } from '../../src/lib/server/rubrics/registry';
import { listInstrumentVersions } from '../../src/lib/server/rubrics/read';
import { eq, inArray } from 'drizzle-orm';
import { khusus, umum, writeSyntheticRubrics } from './synthetic';

export const ROOT = resolve(process.cwd());

export interface World {
	dir: string;
	db: Db;
	assessmentId: number;
	codes: string[];
	cookies: string[];
	/** The assessors' user ids, in the order of `cookies`. */
	team: number[];
}

export async function buildWorld(assessors = 50, dir = '/tmp/siap-bench'): Promise<World> {
	rmSync(dir, { recursive: true, force: true });
	writeSyntheticRubrics(dir);
	process.env.MIGRATIONS_FOLDER = join(ROOT, 'drizzle');
	const db = openDb(join(dir, 'siap.db'));
	migrateDb(db);
	ensureReferenceData(db);
	syncCatalog(db, loadCatalog('rubrics', dir));
	await seedDemo(db);
	return { dir, db, codes: benchCodes(), ...addBenchTeam(db, assessors) };
}

/** The indicator codes of the synthetic 250-indicator instrument. */
export function benchCodes(): string[] {
	return [...umum.aspects, ...khusus.aspects].flatMap((a) => a.indicators.map((i) => i.code));
}

/**
 * `assessors` bench accounts (created once, reused in a kept data set), each with a fresh
 * session, as the team of a new visit of a Kutai Timur panti scheduled by dinas.kutim.
 */
export function addBenchTeam(
	db: Db,
	assessors: number
): Pick<World, 'assessmentId' | 'cookies' | 'team'> {
	const dinas = db.select().from(users).where(eq(users.username, 'dinas.kutim')).get()!;
	const target = db.select().from(panti).where(eq(panti.regionCode, '64.08')).get()!;
	const team = Array.from({ length: assessors }, (_, k) => {
		const username = `bench.${k}`;
		const existing = db
			.select({ id: users.id })
			.from(users)
			.where(eq(users.username, username))
			.get();
		if (existing) return existing.id;
		return db
			.insert(users)
			.values({ username, name: `Asesor Bench ${k}`, role: 'asesor', passwordHash: 'x' })
			.returning({ id: users.id })
			.get().id;
	});
	// Sessions of earlier runs would pile up in a kept data set.
	db.delete(sessions).where(inArray(sessions.userId, team)).run();
	const created = createAssessment(
		db,
		{ id: dinas.id, role: 'dinas', regionCode: dinas.regionCode, pantiId: null },
		{
			pantiId: target.id,
			kind: 'visit',
			instrumentVersionId: listInstrumentVersions(db)[0]!.id,
			plannedDate: null,
			leadId: team[0]!,
			memberIds: team.slice(1)
		},
		new Date()
	);
	if (!created.ok) throw new Error('bench assessment not created');
	// Each assessor declares no conflict of interest, as the sheet requires before scoring.
	for (const id of team) {
		const actor = { id, role: 'asesor' as const, regionCode: null, pantiId: null };
		const declared = declare(
			db,
			actor,
			assessmentAccess(db, actor, created.id)!,
			{ statement: 'tidak-ada', confirm: 'ya' },
			new Date()
		);
		if (!declared.ok) throw new Error(declared.message);
	}
	const cookies = team.map((id) => `siap_session=${createSession(db, id, new Date()).token}`);
	return { assessmentId: created.id, cookies, team };
}
