import { env } from '$env/dynamic/private';
import { migrateDb, openDb, type Db } from './index';
import { ensureReferenceData } from './reference';

let instance: Db | undefined;

/** The app's single connection, opened (and migrated) on first use. */
export function getDb(): Db {
	if (!instance) {
		instance = openDb(env.DATABASE_PATH || 'data/siap.db');
		migrateDb(instance);
		ensureReferenceData(instance);
	}
	return instance;
}
