/**
 * `npm run restore -- <backup folder>`: puts a backup made by `npm run backup` in place of
 * DATABASE_PATH (default data/siap.db). Stop the app first. The current database is kept beside
 * it, renamed, so a restore can itself be undone.
 */
import { restoreDatabase } from '../src/lib/server/db/backup';

const dbPath = process.env.DATABASE_PATH || 'data/siap.db';
const from = process.argv[2];
if (!from) {
	console.error(
		'Pakai: npm run restore -- backups/siap-YYYYMMDD-HHMMSS  (hentikan aplikasi dahulu)'
	);
	process.exit(2);
}
try {
	const { keptAs } = restoreDatabase(from, dbPath);
	console.log(`Dipulihkan dari ${from} ke ${dbPath}.`);
	if (keptAs) console.log(`Basis data sebelumnya disimpan sebagai ${keptAs}.`);
	console.log('Jalankan kembali aplikasi: npm start');
} catch (e) {
	console.error(`Pemulihan gagal: ${(e as Error).message}`);
	process.exit(1);
}
