/**
 * The rubric registry: files under rubrics/ are validated and synced into the database at start.
 * A published id@version never changes (a changed file is refused: publish a new version) and is
 * never deleted, so every assessment keeps scoring exactly as when it was made.
 */
import { and, eq } from 'drizzle-orm';
import { PANTI_TYPES, type PantiType } from '../../domain/panti/types';
import { rubricKey } from '../../domain/rubric/catalog';
import type { SourceProblem } from '../../domain/rubric/parse';
import type { Db } from '../db';
import { instrumentRubrics, instrumentVersions, rubricVersions } from '../db/schema';
import { formatProblem, type LoadedCatalog } from './files';

export class RubricRegistryError extends Error {
	constructor(readonly problems: readonly SourceProblem[]) {
		super(
			`Berkas rubrik tidak dapat dipakai:\n${problems.map((p) => '  ' + formatProblem(p)).join('\n')}`
		);
	}
}

export interface SyncResult {
	readonly published: readonly string[];
	readonly unchanged: number;
}

/** Validates the catalog and publishes new versions, all in one transaction. */
export function syncCatalog(db: Db, catalog: LoadedCatalog): SyncResult {
	if (catalog.problems.length) throw new RubricRegistryError(catalog.problems);
	const published: string[] = [];
	let unchanged = 0;
	const changed = (file: string, key: string): SourceProblem => ({
		file,
		path: 'version',
		line: null,
		message: `${key} sudah diterbitkan dengan isi berbeda. Versi yang sudah terbit tidak boleh diubah: terbitkan versi baru (naikkan "version" dan simpan sebagai berkas baru).`
	});
	db.transaction((tx) => {
		const problems: SourceProblem[] = [];
		const rubricIds = new Map<string, number>();
		for (const { file, value } of catalog.rubrics) {
			const hash = catalog.files.get(file)!.hash;
			const key = rubricKey(value.id, value.version);
			const existing = tx
				.select({ id: rubricVersions.id, hash: rubricVersions.contentHash })
				.from(rubricVersions)
				.where(
					and(eq(rubricVersions.rubricId, value.id), eq(rubricVersions.version, value.version))
				)
				.get();
			if (existing) {
				if (existing.hash !== hash) problems.push(changed(file, key));
				else unchanged++;
				rubricIds.set(key, existing.id);
				continue;
			}
			const row = tx
				.insert(rubricVersions)
				.values({
					rubricId: value.id,
					version: value.version,
					title: value.title,
					contentHash: hash,
					content: value,
					sourceFile: file
				})
				.returning({ id: rubricVersions.id })
				.get();
			rubricIds.set(key, row.id);
			published.push(key);
		}
		for (const { file, value } of catalog.instruments) {
			const hash = catalog.files.get(file)!.hash;
			const key = rubricKey(value.id, value.version);
			const existing = tx
				.select({ hash: instrumentVersions.contentHash })
				.from(instrumentVersions)
				.where(
					and(
						eq(instrumentVersions.instrumentId, value.id),
						eq(instrumentVersions.version, value.version)
					)
				)
				.get();
			if (existing) {
				if (existing.hash !== hash) problems.push(changed(file, key));
				else unchanged++;
				continue;
			}
			const row = tx
				.insert(instrumentVersions)
				.values({
					instrumentId: value.id,
					version: value.version,
					title: value.title,
					contentHash: hash,
					content: value,
					sourceFile: file
				})
				.returning({ id: instrumentVersions.id })
				.get();
			const parts: ['umum' | PantiType, string][] = [
				['umum', rubricKey(value.umum.rubric, value.umum.version)]
			];
			for (const type of PANTI_TYPES) {
				const ref = value.khusus[type];
				if (ref) parts.push([type, rubricKey(ref.rubric, ref.version)]);
			}
			for (const [part, rk] of parts)
				tx.insert(instrumentRubrics)
					.values({ instrumentVersionId: row.id, rubricVersionId: rubricIds.get(rk)!, part })
					.run();
			published.push(key);
		}
		// Any refusal rolls back everything published in this run.
		if (problems.length) throw new RubricRegistryError(problems);
	});
	return { published, unchanged };
}
