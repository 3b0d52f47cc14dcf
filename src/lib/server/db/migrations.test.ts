import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { eq, sql } from 'drizzle-orm';
import { backfillAspectScores } from '../assessments/aspect-scores';
import { backfillFinalizedSheets } from '../assessments/finalized-sheets';
import { backfillAgenda } from '../agenda/backfill';
import { assessmentAccess } from '../assessments/access';
import { saveScore } from '../assessments/scores';
import { submit } from '../assessments/workflow';
import { loadCatalog } from '../rubrics/files';
import { syncCatalog } from '../rubrics/registry';
import { MIGRATIONS_FOLDER, openDb, type Db } from './index';
import { ensureReferenceData } from './reference';
import {
	addAsesor,
	kutimWorld,
	openAssessment,
	recordVisit
} from '../../../../tests/support/world';
import * as schema from './schema';

const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'));
const entries: { tag: string }[] = journal.entries;

/** A copy of the migrations folder that stops after the first `count` migrations. */
function firstMigrations(count: number): string {
	const dir = mkdtempSync(join(tmpdir(), 'siap-migrations-'));
	cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
	writeFileSync(
		join(dir, 'meta/_journal.json'),
		JSON.stringify({ ...journal, entries: journal.entries.slice(0, count) })
	);
	return dir;
}

/** Real data written through the app (today's code, today's schema): a scored, graded visit. */
function writeThroughApp(db: Db) {
	ensureReferenceData(db);
	const { pantiId, dinas } = kutimWorld({ db });
	const rina = addAsesor(db, 'rina');
	const { id, form } = openAssessment(db, dinas, { pantiId, leadId: rina.id });
	for (const ind of form.indicators)
		saveScore(
			db,
			rina,
			assessmentAccess(db, rina, id)!,
			form,
			{ code: ind.code, level: 3, notApplicable: false, note: '', version: 0 },
			new Date()
		);
	recordVisit(db, rina, id);
	expect(submit(db, rina, assessmentAccess(db, rina, id)!, form, new Date()).ok).toBe(true);
	return id;
}

/** Tables the app writes, parents first. */
const TABLES = [
	'users',
	'panti',
	'panti_staff',
	'panti_pmks',
	'panti_legal_documents',
	'assessments',
	'assessment_team',
	'item_scores',
	'consolidated_scores',
	'audit_log'
];

/**
 * Data as an older SIAP wrote it at an older schema: the app writes it at today's schema, then
 * each row is copied with the columns the older schema has. The visit is then finalized the way
 * an older SIAP did it: result fields only — no per-aspect rows, no frozen identity.
 */
function populate(db: Db): number {
	const source = openDb(':memory:');
	migrate(source, { migrationsFolder: MIGRATIONS_FOLDER });
	const id = writeThroughApp(source);
	ensureReferenceData(db);
	syncCatalog(db, loadCatalog());
	for (const table of TABLES) {
		const columns = new Set(
			db.$client
				.prepare(`select name from pragma_table_info(?)`)
				.all(table)
				.map((c) => (c as { name: string }).name)
		);
		for (const row of source.$client.prepare(`select * from ${table}`).all() as Record<
			string,
			unknown
		>[]) {
			const kept = Object.keys(row).filter((k) => columns.has(k));
			db.$client
				.prepare(
					`insert into ${table} (${kept.join(', ')}) values (${kept.map(() => '?').join(', ')})`
				)
				.run(...kept.map((k) => row[k]));
		}
	}
	db.$client
		.prepare(
			`update assessments set status = 'finalized', total_pct = 75, grade = 'A', finalized_at = ?,
			finalized_by = (select id from users where role = 'dinas' order by id limit 1) where id = ?`
		)
		.run(new Date().toISOString(), id);
	return id;
}

const count = (db: Db, table: string) =>
	db.get<{ n: number }>(sql.raw(`select count(*) as n from ${table}`)).n;

describe('migrations', () => {
	// From the first migration onward: data written at every older schema survives the upgrade.
	it.each(entries.slice(0, -1).map((e, i) => [e.tag, i + 1]))(
		'a database populated after %s upgrades to the latest schema with its data intact',
		(_tag, applied) => {
			const db = openDb(':memory:');
			migrate(drizzle(db.$client, { schema }), { migrationsFolder: firstMigrations(applied) });
			const id = populate(db);
			const before = [
				'panti',
				'users',
				'assessments',
				'consolidated_scores',
				'item_scores',
				'audit_log'
			].map((t) => [t, count(db, t)]);
			migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
			for (const [t, n] of before) expect(count(db, t as string), t as string).toBe(n);
			// The upgrade's start-up step fills what newer code expects of old finalized assessments.
			expect(backfillAspectScores(db)).toBe(1);
			expect(
				db
					.select()
					.from(schema.assessmentAspectScores)
					.where(eq(schema.assessmentAspectScores.assessmentId, id))
					.all().length
			).toBeGreaterThan(5);
			expect(backfillAspectScores(db)).toBe(0);
			expect(backfillFinalizedSheets(db)).toBe(1);
			expect(
				db
					.select()
					.from(schema.finalizedSheets)
					.where(eq(schema.finalizedSheets.assessmentId, id))
					.get()?.levels.length
			).toBeGreaterThan(5);
			expect(backfillFinalizedSheets(db)).toBe(0);
			// Its government and partner actions reach the agendas once (a level-3 sheet has gaps).
			expect(backfillAgenda(db)).toBe(1);
			expect(count(db, 'agenda_action_panti')).toBeGreaterThan(0);
			expect(backfillAgenda(db)).toBe(0);
			// Migration 0004 pins the panti type and freezes the identity of the finalized visit
			// (a database populated after it was finalized without them, as no SIAP does).
			const row = db.select().from(schema.assessments).where(eq(schema.assessments.id, id)).get()!;
			expect(row.pantiType).toBe('anak');
			if (applied <= entries.findIndex((e) => e.tag === '0004_frozen_accreditation')) {
				expect(row.pantiSnapshot).toMatchObject({
					name: db.select().from(schema.panti).get()!.name,
					regionName: 'Kabupaten Kutai Timur',
					provinceName: 'Kalimantan Timur'
				});
				expect(row.safeguardingFindings).toEqual([]);
			}
			// Migration 0007 freezes the signatory of the finalized visit: the reviewer as named now.
			if (applied <= entries.findIndex((e) => e.tag === '0007_signatory'))
				expect(row.signatory).toEqual({
					name: 'kutim',
					nip: null,
					position: null,
					place: 'Kabupaten Kutai Timur'
				});
			// Migration 0005: accounts that existed before are not made to change their password.
			expect(
				db
					.select()
					.from(schema.users)
					.all()
					.every((u) => u.mustChangePassword === false)
			).toBe(true);
		},
		30_000
	);
});
