import { describe, expect, it } from 'vitest';
import { diffRubrics } from '$lib/domain/engine';
import { PANTI_TYPES } from '$lib/domain/panti/types';
import { formatProblem, loadCatalog } from './files';

/** The rubric files that ship with SIAP: valid, complete, and as large as the issue asks. */
const catalog = loadCatalog();
const find = (id: string, version = '1.0.0') =>
	catalog.rubrics.find((r) => r.value.id === id && r.value.version === version)?.value;
const count = (id: string, version?: string) =>
	find(id, version)?.aspects.reduce((n, a) => n + a.indicators.length, 0) ?? 0;

describe('shipped rubrics', () => {
	it('pass every schema and catalog check', () => {
		expect(catalog.problems.map(formatProblem)).toEqual([]);
	});

	it("tags the panti's own papers administrasi from standar umum 3.0.0 (kebijakan is government policy)", () => {
		const dimension = (version: string, code: string) =>
			find('standar-umum', version)
				?.aspects.flatMap((a) => a.indicators)
				.find((i) => i.code === code)?.dimension;
		expect([dimension('2.0.0', 'KEL-01'), dimension('2.0.0', 'KEL-02')]).toEqual([
			'kebijakan',
			'kebijakan'
		]);
		expect([dimension('3.0.0', 'KEL-01'), dimension('3.0.0', 'KEL-02')]).toEqual([
			'administrasi',
			'administrasi'
		]);
	});

	it('standar umum 1.0.0 has the six aspects and at least 40 indicators', () => {
		expect(find('standar-umum')?.aspects.map((a) => a.code)).toEqual([
			'KEL',
			'SDM',
			'SPR',
			'BIA',
			'PSD',
			'MON'
		]);
		expect(count('standar-umum')).toBeGreaterThanOrEqual(40);
	});

	it.each(PANTI_TYPES)('standar khusus %s has at least 12 indicators', (type) => {
		expect(count(`standar-khusus-${type}`)).toBeGreaterThanOrEqual(12);
	});

	it('legal status is critical and gated to Tidak Terakreditasi', () => {
		const kel01 = find('standar-umum')?.aspects[0]?.indicators.find((i) => i.code === 'KEL-01');
		expect(kel01?.critical).toBeDefined();
		const ins = catalog.instruments.find((i) => i.value.version === '1.0.0')!.value;
		expect(ins.gates).toContainEqual(expect.objectContaining({ indicator: 'KEL-01', cap: 'TT' }));
	});

	it('standar umum 2.0.0 adds, removes, rewords and re-weights indicators', () => {
		const diff = diffRubrics(find('standar-umum')!, find('standar-umum', '2.0.0')!);
		expect(diff.added.length).toBeGreaterThanOrEqual(1);
		expect(diff.removed.length).toBeGreaterThanOrEqual(1);
		expect(diff.changed.some((c) => c.fields.some((f) => f.field === 'statement'))).toBe(true);
		expect(diff.changed.some((c) => c.fields.some((f) => f.field === 'weight'))).toBe(true);
	});

	it('every child-care rubric screens staff as a critical indicator', () => {
		for (const id of ['standar-khusus-anak', 'standar-khusus-abh']) {
			const critical = find(id)!
				.aspects.flatMap((a) => a.indicators)
				.filter((i) => i.critical);
			expect(critical.length, id).toBeGreaterThanOrEqual(1);
		}
	});
});
