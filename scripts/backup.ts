/**
 * `npm run backup [-- <folder>]`: a consistent copy of the database and evidence while the app
 * runs, into `<folder>/siap-YYYYMMDD-HHMMSS/` (default folder: `backups/`). Restore: README.
 */
import { backupDatabase } from '../src/lib/server/db/backup';

const dbPath = process.env.DATABASE_PATH || 'data/siap.db';
const parent = process.argv[2] || process.env.BACKUP_DIR || 'backups';
try {
	const r = backupDatabase(dbPath, parent);
	const mb = (r.bytes / 1024 / 1024).toFixed(1);
	console.log(`Cadangan dibuat: ${r.dir}`);
	console.log(
		`  ${mb} MB, ${r.evidenceFiles} berkas bukti, ${Math.round(r.ms)} ms; ` +
			Object.entries(r.counts)
				.map(([t, n]) => `${t} ${n}`)
				.join(', ')
	);
} catch (e) {
	console.error(`Cadangan gagal: ${(e as Error).message}`);
	process.exit(1);
}
