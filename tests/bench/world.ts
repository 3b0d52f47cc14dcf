/**
 * A throwaway world for server benchmarks: a temp folder with synthetic 250-indicator rubrics
 * (the shipped ones have ~70 per panti type), the demo data, 50 assessors on one assessment each
 * with a session, so the load is what 50 concurrent tablets would send.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { PANTI_TYPES } from '../../src/lib/domain/panti-types';
import { createSession } from '../../src/lib/server/auth/session';
import { createAssessment } from '../../src/lib/server/assessments/create';
import { migrateDb, openDb, type Db } from '../../src/lib/server/db/index';
import { ensureReferenceData } from '../../src/lib/server/db/reference';
import { seedDemo } from '../../src/lib/server/db/demo';
import { panti, users } from '../../src/lib/server/db/schema';
import { loadCatalog } from '../../src/lib/server/rubrics/files';
import { syncCatalog } from '../../src/lib/server/rubrics/registry';
import { listInstrumentVersions } from '../../src/lib/server/rubrics/read';
import { eq } from 'drizzle-orm';
import { instrument, khusus, umum } from './synthetic';

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
	const write = (id: string, value: object) => {
		mkdirSync(join(dir, 'rubrics', id), { recursive: true });
		writeFileSync(join(dir, 'rubrics', id, '1.0.0.yaml'), stringify(value));
	};
	write('sintetis-umum', umum);
	const refs: Record<string, { rubric: string; version: string }> = {};
	for (const type of PANTI_TYPES) {
		write(`sintetis-khusus-${type}`, { ...khusus, id: `sintetis-khusus-${type}`, pantiType: type });
		refs[type] = { rubric: `sintetis-khusus-${type}`, version: '1.0.0' };
	}
	write('sintetis', { ...instrument, khusus: refs });
	process.env.MIGRATIONS_FOLDER = join(ROOT, 'drizzle');
	const db = openDb(join(dir, 'siap.db'));
	migrateDb(db);
	ensureReferenceData(db);
	syncCatalog(db, loadCatalog('rubrics', dir));
	await seedDemo(db);
	const dinas = db.select().from(users).where(eq(users.username, 'dinas.kutim')).get()!;
	const target = db.select().from(panti).where(eq(panti.regionCode, '64.08')).get()!;
	const team = Array.from(
		{ length: assessors },
		(_, k) =>
			db
				.insert(users)
				.values({
					username: `bench.${k}`,
					name: `Asesor Bench ${k}`,
					role: 'asesor',
					passwordHash: 'x'
				})
				.returning({ id: users.id })
				.get().id
	);
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
	const cookies = team.map((id) => `siap_session=${createSession(db, id, new Date()).token}`);
	const codes = [...umum.aspects, ...khusus.aspects].flatMap((a) =>
		a.indicators.map((i) => i.code)
	);
	return { dir, db, assessmentId: created.id, codes, cookies, team };
}
