import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Where migrations live; resolved from the working directory so the built server finds them. */
export const MIGRATIONS_FOLDER = resolve(process.env.MIGRATIONS_FOLDER ?? 'drizzle');

/**
 * Opens one better-sqlite3 connection with the pragmas SIAP relies on: WAL (readers never block
 * the writer), foreign keys enforced, and a busy timeout so a concurrent writer waits, not fails.
 */
export function openDb(path: string): Db {
	if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	const client = new Database(path);
	client.pragma('journal_mode = WAL');
	client.pragma('foreign_keys = ON');
	client.pragma('busy_timeout = 5000');
	client.pragma('synchronous = NORMAL');
	return drizzle(client, { schema });
}

/** Applies pending migrations; a second run is a no-op. */
export function migrateDb(db: Db): void {
	migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

/** A fresh in-memory database with every migration applied, for tests. */
export function openTestDb(): Db {
	const db = openDb(':memory:');
	migrateDb(db);
	return db;
}

/** A transaction handle; queries written against `Queryable` run inside or outside one. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Queryable = Db | Tx;
