import { env } from '$env/dynamic/private';
import { migrateDb, openDb, type Db } from './index';
import { ensureReferenceData } from './reference';
import { loadCatalog } from '../rubrics/files';
import { syncCatalog } from '../rubrics/registry';
import { evidenceRoot } from './paths';

let instance: Db | undefined;

/** The app's single connection, opened (and migrated) on first use. */
export function getDb(): Db {
	if (!instance) {
		instance = openDb(env.DATABASE_PATH || 'data/siap.db');
		migrateDb(instance);
		ensureReferenceData(instance);
		// An invalid or changed rubric file stops the start with a message naming file and path.
		syncCatalog(instance, loadCatalog());
	}
	return instance;
}

/** Where evidence files are stored: beside the database file. */
export function evidenceDir(): string {
	return evidenceRoot(env.DATABASE_PATH || 'data/siap.db');
}
