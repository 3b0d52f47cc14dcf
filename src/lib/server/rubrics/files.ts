import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkCatalog, type Catalog, type CatalogEntry } from '../../domain/rubric/catalog';
import { parseSource, type SourceProblem } from '../../domain/rubric/parse';
import type { Instrument, Rubric } from '../../domain/rubric/schema';

export interface LoadedFile {
	readonly file: string;
	readonly text: string;
	/** SHA-256 of the file's bytes: what "published and unchanged" is checked against. */
	readonly hash: string;
}

export interface LoadedCatalog extends Catalog {
	readonly files: ReadonlyMap<string, LoadedFile>;
	readonly problems: readonly SourceProblem[];
}

function yamlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.yaml'))
		.map((e) => join(e.parentPath, e.name))
		.sort();
}

/**
 * Reads every `*.yaml` under `dir` (default `rubrics/`), validates each file and then the catalog
 * as a whole. File names in results are relative to the project root, with forward slashes.
 */
export function loadCatalog(dir = 'rubrics', root = '.'): LoadedCatalog {
	const rubrics: CatalogEntry<Rubric>[] = [];
	const instruments: CatalogEntry<Instrument>[] = [];
	const files = new Map<string, LoadedFile>();
	const problems: SourceProblem[] = [];
	for (const path of yamlFiles(join(root, dir))) {
		const file = relative(root, path).split(sep).join('/');
		const text = readFileSync(path, 'utf8');
		files.set(file, { file, text, hash: createHash('sha256').update(text).digest('hex') });
		const parsed = parseSource(file, text);
		if (!parsed.ok) problems.push(...parsed.problems);
		else if (parsed.kind === 'rubric') rubrics.push({ file, value: parsed.value });
		else instruments.push({ file, value: parsed.value });
	}
	if (problems.length === 0) problems.push(...checkCatalog({ rubrics, instruments }));
	return { rubrics, instruments, files, problems };
}

export function formatProblem(p: SourceProblem): string {
	return `${p.file}${p.line ? `:${p.line}` : ''}  ${p.path}: ${p.message}`;
}
