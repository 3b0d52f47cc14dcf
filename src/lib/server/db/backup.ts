/**
 * Backup and restore of the one SQLite file and its evidence folder.
 * The copy is SQLite's `VACUUM INTO` on its own read-only connection: a consistent snapshot of the
 * last committed state even while the app keeps writing (WAL), without blocking the app's writer.
 */
import Database from 'better-sqlite3';
import {
	copyFileSync,
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { evidenceRoot } from './paths';

export const BACKUP_DB = 'siap.db';
const EVIDENCE = 'evidence';

export interface BackupResult {
	dir: string;
	bytes: number;
	evidenceFiles: number;
	ms: number;
	counts: Record<string, number>;
}

/** A folder name that sorts by time: `siap-20261123-140501`. */
export function backupName(now: Date): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return `siap-${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
}

/** Counts rows of the tables people care about, to print and to compare after a restore. */
function countRows(db: Database.Database): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const table of ['panti', 'users', 'assessments', 'item_scores', 'evidence', 'audit_log'])
		counts[table] = (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
	return counts;
}

/** Throws unless SQLite's own integrity check of `file` answers ok. */
export function assertIntact(file: string): void {
	const db = new Database(file, { readonly: true, fileMustExist: true });
	try {
		const rows = db.pragma('integrity_check') as { integrity_check: string }[];
		const verdict = rows.map((r) => r.integrity_check).join('; ');
		if (verdict !== 'ok') throw new Error(`Salinan rusak (${file}): ${verdict}`);
	} finally {
		db.close();
	}
}

/** Copies evidence files missing in `to` (files are named by content hash: never overwritten). */
function copyEvidence(from: string, to: string): number {
	if (!existsSync(from)) return 0;
	let n = 0;
	for (const prefix of readdirSync(from)) {
		mkdirSync(join(to, prefix), { recursive: true });
		for (const name of readdirSync(join(from, prefix))) {
			if (!existsSync(join(to, prefix, name)))
				copyFileSync(join(from, prefix, name), join(to, prefix, name));
			n++;
		}
	}
	return n;
}

/**
 * Makes `<parent>/<backupName>/siap.db` (+ `evidence/`, `manifest.json`) from the live database.
 * The database is copied first, then evidence: every file a copied row names was stored before
 * its row committed, so it is already in the folder.
 */
export function backupDatabase(dbPath: string, parent: string, now = new Date()): BackupResult {
	const started = performance.now();
	const dir = resolve(parent, backupName(now));
	if (existsSync(dir)) throw new Error(`Folder cadangan sudah ada: ${dir}`);
	mkdirSync(dir, { recursive: true });
	const target = join(dir, BACKUP_DB);
	const source = new Database(dbPath, { readonly: true, fileMustExist: true });
	try {
		// One statement in one read transaction: a snapshot of the last commit, however busy the
		// app's writer is (the paged backup API restarts on every write and may never finish).
		source.prepare('vacuum into ?').run(target);
	} finally {
		source.close();
	}
	assertIntact(target);
	const evidenceFiles = copyEvidence(evidenceRoot(dbPath), join(dir, EVIDENCE));
	const copy = new Database(target, { readonly: true });
	const counts = countRows(copy);
	copy.close();
	const result = {
		dir,
		bytes: statSync(target).size,
		evidenceFiles,
		ms: performance.now() - started,
		counts
	};
	writeFileSync(
		join(dir, 'manifest.json'),
		JSON.stringify({ createdAt: now.toISOString(), ...result }, null, 2)
	);
	return result;
}

/** How a restore names the database it replaced: `siap.db.sebelum-pemulihan-20261123-140501`. */
const KEPT_ASIDE = '.sebelum-pemulihan-';

/**
 * Evidence digests named by the databases a restore kept aside next to `dbPath`. A restore to an
 * older backup leaves newer evidence files that its database does not name but the kept one
 * does; the evidence sweep must keep them, so putting the kept database back still works.
 * Throws if a kept database cannot be read (the caller then skips the sweep).
 */
export function keptAsideEvidence(dbPath: string): Set<string> {
	const target = resolve(dbPath);
	const dir = resolve(target, '..');
	const prefix = basename(target) + KEPT_ASIDE;
	const digests = new Set<string>();
	if (!existsSync(dir)) return digests;
	for (const name of readdirSync(dir)) {
		if (!name.startsWith(prefix) || /-(wal|shm)$/.test(name)) continue;
		const kept = new Database(join(dir, name), { readonly: true, fileMustExist: true });
		try {
			const rows = kept.prepare('select distinct sha256 from evidence').all() as {
				sha256: string;
			}[];
			for (const r of rows) digests.add(r.sha256);
		} finally {
			kept.close();
		}
	}
	return digests;
}

/**
 * Puts a backup in place of the database at `dbPath` (the app must be stopped). The current
 * file and its WAL are kept beside it as `<name>.sebelum-pemulihan-<time>`, never deleted.
 */
export function restoreDatabase(
	backupDir: string,
	dbPath: string,
	now = new Date()
): { keptAs: string | null } {
	const file = join(resolve(backupDir), BACKUP_DB);
	if (!existsSync(file)) throw new Error(`Tidak ada ${BACKUP_DB} di ${backupDir}.`);
	assertIntact(file);
	const target = resolve(dbPath);
	let keptAs: string | null = null;
	if (existsSync(target)) {
		keptAs = `${target}${KEPT_ASIDE}${backupName(now).slice(5)}`;
		// Fold the WAL into the old file first so the kept copy is complete on its own.
		const old = new Database(target);
		old.pragma('wal_checkpoint(TRUNCATE)');
		old.close();
		renameSync(target, keptAs);
	}
	for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
	mkdirSync(resolve(target, '..'), { recursive: true });
	copyFileSync(file, target);
	const evidence = join(resolve(backupDir), EVIDENCE);
	if (existsSync(evidence))
		cpSync(evidence, evidenceRoot(target), { recursive: true, force: false });
	return { keptAs };
}
