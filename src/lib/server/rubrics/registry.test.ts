import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { stringify } from 'yaml';
import { instrument, khusus, umum } from '../../../../tests/support/engine-fixture';
import { parseSource } from '$lib/domain/rubric/parse';
import { rubricVersions } from '../db/schema';
import { testDb } from '../../../../tests/support/db';
import { loadCatalog } from './files';
import { RubricRegistryError, syncCatalog } from './registry';

/** A project root with the fixture instrument and rubrics written as YAML files. */
function project(overrides: { umumTitle?: string } = {}) {
	const root = mkdtempSync(join(tmpdir(), 'siap-rubrics-'));
	const write = (id: string, version: string, value: object) => {
		mkdirSync(join(root, 'rubrics', id), { recursive: true });
		writeFileSync(join(root, 'rubrics', id, `${version}.yaml`), stringify(value));
	};
	write('uji-umum', '1.0.0', { ...umum, title: overrides.umumTitle ?? umum.title });
	write('uji-khusus', '1.0.0', khusus);
	// The fixture covers one type; give the others the same khusus rubric by type-specific copies.
	const types = [
		'lanjut-usia',
		'disabilitas',
		'bina-laras',
		'napza',
		'tuna-sosial',
		'abh'
	] as const;
	const khususRefs: Record<string, { rubric: string; version: string }> = {
		anak: { rubric: 'uji-khusus', version: '1.0.0' }
	};
	for (const t of types) {
		write(`uji-khusus-${t}`, '1.0.0', { ...khusus, id: `uji-khusus-${t}`, pantiType: t });
		khususRefs[t] = { rubric: `uji-khusus-${t}`, version: '1.0.0' };
	}
	write('uji-instrumen', '1.0.0', { ...instrument, khusus: khususRefs });
	return { root, write };
}

describe('rubric files', () => {
	it('a malformed file is rejected with file, path and line', () => {
		const text = stringify({ ...umum, aspects: [{ ...umum.aspects[0], weight: -1 }] });
		const parsed = parseSource('rubrics/uji-umum/1.0.0.yaml', text);
		expect(parsed.ok).toBe(false);
		const problem = !parsed.ok
			? parsed.problems.find((p) => p.path === 'aspects[0].weight')
			: undefined;
		expect(problem?.file).toBe('rubrics/uji-umum/1.0.0.yaml');
		expect(problem?.line).toBeGreaterThan(1);
	});

	it('names a wrong descriptor count and a missing N/A reason', () => {
		const bad = structuredClone(umum) as unknown as {
			aspects: { indicators: Record<string, unknown>[] }[];
		};
		bad.aspects[0]!.indicators[0]!.levels = ['satu', 'dua dua'];
		bad.aspects[0]!.indicators[1]!.naWhen = undefined;
		const parsed = parseSource('x.yaml', stringify(bad));
		const messages = parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
		expect(messages).toContain(
			'aspects[0].indicators[0].levels: perlu 5 deskriptor (level 0..4), ada 2'
		);
		expect(messages).toContain('aspects[0].indicators[1].naWhen: jelaskan kapan N/A berlaku');
	});

	it('YAML syntax errors are reported with a line', () => {
		const parsed = parseSource('x.yaml', 'kind: rubric\nid: [tidak ditutup\n');
		expect(parsed.ok).toBe(false);
		expect(!parsed.ok && parsed.problems[0]!.line).toBeGreaterThan(0);
	});

	it('an instrument referring to a missing rubric version fails the catalog', () => {
		const { root, write } = project();
		write('uji-instrumen', '2.0.0', {
			...instrument,
			version: '2.0.0',
			umum: { rubric: 'uji-umum', version: '9.9.9' }
		});
		const problems = loadCatalog('rubrics', root).problems.map((p) => p.message);
		expect(problems).toContain('rubrik uji-umum@9.9.9 tidak ditemukan');
	});
});

describe('registry', () => {
	it('publishes every version once; a second sync is a no-op', () => {
		const db = testDb();
		const { root } = project();
		const first = syncCatalog(db, loadCatalog('rubrics', root));
		expect(first.published).toContain('uji-umum@1.0.0');
		expect(first.published).toContain('uji-instrumen@1.0.0');
		const second = syncCatalog(db, loadCatalog('rubrics', root));
		expect(second.published).toEqual([]);
		expect(
			db
				.select({ n: sql<number>`count(*)` })
				.from(rubricVersions)
				.get()!.n
		).toBe(8);
	});

	it('refuses a changed file under a published id@version, and changes nothing', () => {
		const db = testDb();
		syncCatalog(db, loadCatalog('rubrics', project().root));
		const changed = loadCatalog(
			'rubrics',
			project({ umumTitle: 'Judul yang diubah diam-diam' }).root
		);
		expect(() => syncCatalog(db, changed)).toThrow(RubricRegistryError);
		expect(() => syncCatalog(db, changed)).toThrow(
			/uji-umum@1.0.0 sudah diterbitkan dengan isi berbeda.*terbitkan versi baru/s
		);
		const stored = db
			.select()
			.from(rubricVersions)
			.where(sql`rubric_id = 'uji-umum'`)
			.get()!;
		expect(stored.title).toBe('Uji umum');
	});

	it('published versions cannot be edited in the database either', () => {
		const db = testDb();
		syncCatalog(db, loadCatalog('rubrics', project().root));
		expect(() => db.update(rubricVersions).set({ title: 'x' }).run()).toThrow(/immutable/);
	});
});
