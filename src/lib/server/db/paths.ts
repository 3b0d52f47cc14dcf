import { dirname, resolve } from 'node:path';

/**
 * Evidence lives beside the database: `<data folder>/evidence/ab/abcdef…` (content hash).
 * Its own module without `$lib` imports, so the backup scripts run under plain tsx.
 */
export function evidenceRoot(databasePath: string): string {
	return resolve(dirname(resolve(databasePath)), 'evidence');
}
