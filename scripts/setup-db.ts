/**
 * `npm start` step: applies migrations, loads reference data, and seeds the demo world on the
 * first run only (an empty users table). Running it again changes nothing.
 * Needs `svelte-kit sync` first: the workflow modules the demo history runs import `$lib/…`, which
 * tsx resolves through .svelte-kit/tsconfig.json (start.mjs and e2e-server.mjs run it).
 */
import { migrateDb, openDb } from '../src/lib/server/db/index';
import { ensureReferenceData } from '../src/lib/server/db/reference';
import { isEmpty, seedDemo } from '../src/lib/server/demo/seed';
import { seedDemoHistory } from '../src/lib/server/demo/history';
import { backfillAspectScores } from '../src/lib/server/assessments/aspect-scores';
import { backfillFinalizedSheets } from '../src/lib/server/assessments/finalized-sheets';
import { backfillAgenda } from '../src/lib/server/agenda/backfill';
import { loadCatalog } from '../src/lib/server/rubrics/files';
import { RubricRegistryError, syncCatalog } from '../src/lib/server/rubrics/registry';
import { sweepEvidence } from '../src/lib/server/evidence';
import { keptAsideEvidence } from '../src/lib/server/db/backup';
import { evidenceRoot } from '../src/lib/server/db/paths';

const path = process.env.DATABASE_PATH || 'data/siap.db';
const db = openDb(path);
migrateDb(db);
ensureReferenceData(db);
try {
	const sync = syncCatalog(db, loadCatalog());
	if (sync.published.length) console.log(`Rubrik diterbitkan: ${sync.published.join(', ')}`);
} catch (e) {
	if (!(e instanceof RubricRegistryError)) throw e;
	console.error(e.message);
	process.exit(1);
}
if (isEmpty(db) && process.env.SIAP_SEED_DEMO !== '0') {
	const counts = await seedDemo(db);
	const history = seedDemoHistory(db);
	console.log(
		`Demo data dibuat: ${counts.panti} panti, ${counts.users} akun, ${history.assessments} penilaian final (${path}).`
	);
} else {
	console.log(`Basis data siap (${path}).`);
}
const filled = db.transaction((tx) => backfillAspectScores(tx));
if (filled) console.log(`Nilai per aspek dilengkapi untuk ${filled} penilaian final lama.`);
const sheets = db.transaction((tx) => backfillFinalizedSheets(tx));
if (sheets) console.log(`Lembar final ringkas dilengkapi untuk ${sheets} penilaian final lama.`);
const agendas = db.transaction((tx) => backfillAgenda(tx));
if (agendas) console.log(`Agenda wilayah dilengkapi dari akreditasi ${agendas} panti.`);
// Evidence files no row names (an upload that failed midway, a crash): removed before serving.
try {
	const { removed } = sweepEvidence(db, evidenceRoot(path), {
		now: new Date(),
		keep: keptAsideEvidence(path)
	});
	if (removed.length) console.log(`Berkas bukti tanpa data dihapus: ${removed.length}.`);
} catch (e) {
	console.warn(`Pembersihan berkas bukti dilewati: ${e instanceof Error ? e.message : String(e)}`);
}
db.$client.close();
