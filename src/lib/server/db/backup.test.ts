import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sweepEvidence } from '../evidence';
import { assertIntact, backupDatabase, keptAsideEvidence, restoreDatabase } from './backup';
import { migrateDb, openDb, type Db } from './index';
import { ensureReferenceData } from './reference';
import { evidenceRoot } from './paths';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A file database as the app keeps it (WAL), with `n` audit rows and one evidence file. */
function liveDb(n: number): { db: Db; path: string } {
	dir = mkdtempSync(join(tmpdir(), 'siap-backup-'));
	const path = join(dir, 'data', 'siap.db');
	const db = openDb(path);
	migrateDb(db);
	ensureReferenceData(db);
	const insert = db.$client.prepare(
		"insert into audit_log (action, entity_type, entity_id) values ('uji', 'probe', ?)"
	);
	for (let i = 0; i < n; i++) insert.run(String(i));
	const ev = join(evidenceRoot(path), 'ab');
	mkdirSync(ev, { recursive: true });
	writeFileSync(join(ev, 'ab'.padEnd(64, '0')), 'foto');
	return { db, path };
}

const probes = (path: string) => {
	const db = openDb(path);
	const n = db.$client
		.prepare("select count(*) as n from audit_log where entity_type = 'probe'")
		.get() as { n: number };
	db.$client.close();
	return n.n;
};

describe('backup while the app runs', () => {
	it('copies the last committed state, not a write in progress, without waiting for it', () => {
		const { db, path } = liveDb(500);
		// The app is in the middle of a write transaction when the backup starts.
		db.$client.exec('begin immediate');
		db.$client
			.prepare(
				"insert into audit_log (action, entity_type, entity_id) values ('uji', 'probe', 'x')"
			)
			.run();
		const started = performance.now();
		const result = backupDatabase(path, join(dir, 'backups'), new Date(2026, 10, 23, 14, 5, 1));
		expect(performance.now() - started).toBeLessThan(5000); // no busy wait on the writer's lock
		db.$client.exec('commit');

		expect(result.dir).toBe(join(dir, 'backups', 'siap-20261123-140501'));
		expect(probes(join(result.dir, 'siap.db'))).toBe(500);
		expect(probes(path)).toBe(501);
		expect(result.evidenceFiles).toBe(1);
		expect(existsSync(join(result.dir, 'evidence', 'ab', 'ab'.padEnd(64, '0')))).toBe(true);
		const manifest = JSON.parse(readFileSync(join(result.dir, 'manifest.json'), 'utf8'));
		expect(manifest.counts.audit_log).toBeGreaterThanOrEqual(500);
		expect(() => assertIntact(join(result.dir, 'siap.db'))).not.toThrow();
		db.$client.close();
	});

	it('refuses to overwrite an existing backup folder', () => {
		const { db, path } = liveDb(1);
		const at = new Date(2026, 10, 23, 8, 0, 0);
		backupDatabase(path, join(dir, 'b'), at);
		expect(() => backupDatabase(path, join(dir, 'b'), at)).toThrow(/sudah ada/);
		db.$client.close();
	});
});

describe('restore', () => {
	it('puts the backup in place, keeps the previous database beside it, and brings evidence back', () => {
		const { db, path } = liveDb(10);
		const backup = backupDatabase(path, join(dir, 'backups'));
		// Life goes on after the backup; then the data folder is damaged and evidence lost.
		db.$client
			.prepare(
				"insert into audit_log (action, entity_type, entity_id) values ('uji', 'probe', 'later')"
			)
			.run();
		db.$client.close();
		rmSync(evidenceRoot(path), { recursive: true });

		const { keptAs } = restoreDatabase(backup.dir, path, new Date(2026, 10, 23, 9, 0, 0));
		expect(probes(path)).toBe(10);
		expect(keptAs).toBe(`${path}.sebelum-pemulihan-20261123-090000`);
		expect(probes(keptAs!)).toBe(11); // the WAL was folded in before the rename
		expect(existsSync(join(evidenceRoot(path), 'ab', 'ab'.padEnd(64, '0')))).toBe(true);
		// The restored file opens and migrates like any database the app starts on.
		const reopened = openDb(path);
		expect(() => migrateDb(reopened)).not.toThrow();
		reopened.$client.close();
	});

	it('keeps, through an evidence sweep, the files only the database it replaced names', () => {
		const { db, path } = liveDb(1);
		const backup = backupDatabase(path, join(dir, 'backups'));
		// After the backup, a photo is uploaded: its file and its row exist only in the live data.
		const later = 'cd'.padEnd(64, '1');
		mkdirSync(join(evidenceRoot(path), 'cd'), { recursive: true });
		writeFileSync(join(evidenceRoot(path), 'cd', later), 'foto baru');
		db.$client.pragma('foreign_keys = OFF');
		db.$client
			.prepare(
				`insert into evidence (assessment_id, indicator_code, sha256, mime_type, size_bytes, original_name, uploaded_by)
				values (99, 'KEL-01', ?, 'image/jpeg', 9, 'baru.jpg', 1)`
			)
			.run(later);
		db.$client.close();

		restoreDatabase(backup.dir, path, new Date(2026, 10, 23, 9, 0, 0));
		expect(keptAsideEvidence(path)).toEqual(new Set([later]));
		const restored = openDb(path);
		const future = new Date(Date.now() + 24 * 3600_000);
		const { removed } = sweepEvidence(restored, evidenceRoot(path), {
			now: future,
			keep: keptAsideEvidence(path)
		});
		restored.$client.close();
		// The fixture's file no database names goes; the newer photo stays for the kept database.
		expect(removed).toEqual([join('ab', 'ab'.padEnd(64, '0'))]);
		expect(existsSync(join(evidenceRoot(path), 'cd', later))).toBe(true);
	});

	it('refuses a folder without a backup, and a damaged backup, changing nothing', () => {
		const { db, path } = liveDb(3);
		db.$client.close();
		expect(() => restoreDatabase(join(dir, 'nowhere'), path)).toThrow(/Tidak ada siap\.db/);
		const bad = join(dir, 'bad');
		mkdirSync(bad);
		writeFileSync(join(bad, 'siap.db'), 'SQLite format 3\0' + 'x'.repeat(5000));
		expect(() => restoreDatabase(bad, path)).toThrow();
		expect(probes(path)).toBe(3);
	});
});
