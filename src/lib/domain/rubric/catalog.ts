/**
 * Cross-file rules of the rubric catalog: file names match id@version, instruments reference
 * rubric versions that exist, cover every panti type, and gate only indicators that exist.
 */
import { PANTI_TYPES } from '../panti/types';
import type { SourceProblem } from './parse';
import type { Instrument, Rubric } from './schema';

export interface CatalogEntry<T> {
	readonly file: string;
	readonly value: T;
}

export interface Catalog {
	readonly rubrics: readonly CatalogEntry<Rubric>[];
	readonly instruments: readonly CatalogEntry<Instrument>[];
}

export const rubricKey = (id: string, version: string) => `${id}@${version}`;

/** Expected location of a file: `rubrics/<id>/<version>.yaml`. */
export function expectedPath(id: string, version: string): string {
	return `rubrics/${id}/${version}.yaml`;
}

export function checkCatalog(catalog: Catalog): SourceProblem[] {
	const problems: SourceProblem[] = [];
	const add = (file: string, path: string, message: string) =>
		problems.push({ file, path, line: null, message });
	const byKey = new Map<string, Rubric>();
	for (const { file, value } of [...catalog.rubrics, ...catalog.instruments]) {
		if (file !== expectedPath(value.id, value.version))
			add(file, 'id/version', `berkas ini harus bernama ${expectedPath(value.id, value.version)}`);
	}
	for (const { file, value } of catalog.rubrics) {
		const key = rubricKey(value.id, value.version);
		if (byKey.has(key)) add(file, 'id', `${key} ganda`);
		byKey.set(key, value);
	}
	for (const { file, value: ins } of catalog.instruments) {
		const umum = byKey.get(rubricKey(ins.umum.rubric, ins.umum.version));
		if (!umum)
			add(file, 'umum', `rubrik ${rubricKey(ins.umum.rubric, ins.umum.version)} tidak ditemukan`);
		else if (umum.part !== 'umum') add(file, 'umum', `${umum.id} bukan standar umum`);
		for (const type of PANTI_TYPES) {
			const ref = ins.khusus[type];
			if (!ref) {
				add(file, `khusus.${type}`, `standar khusus untuk jenis ${type} belum ditetapkan`);
				continue;
			}
			const rubric = byKey.get(rubricKey(ref.rubric, ref.version));
			if (!rubric)
				add(file, `khusus.${type}`, `rubrik ${rubricKey(ref.rubric, ref.version)} tidak ditemukan`);
			else if (rubric.part !== 'khusus' || rubric.pantiType !== type)
				add(file, `khusus.${type}`, `${rubric.id} bukan standar khusus untuk ${type}`);
		}
		const umumCodes = new Set(umum?.aspects.flatMap((a) => a.indicators.map((x) => x.code)) ?? []);
		for (const type of PANTI_TYPES) {
			const ref = ins.khusus[type];
			const rubric = ref ? byKey.get(rubricKey(ref.rubric, ref.version)) : undefined;
			const clash = rubric?.aspects
				.flatMap((a) => a.indicators.map((x) => x.code))
				.filter((c) => umumCodes.has(c));
			if (clash?.length)
				add(
					file,
					`khusus.${type}`,
					`kode indikator juga dipakai standar umum: ${clash.join(', ')}`
				);
		}
		ins.gates.forEach((gate, i) => {
			const targets =
				gate.part === 'umum'
					? [umum]
					: PANTI_TYPES.map((t) => ins.khusus[t]).map((r) =>
							r ? byKey.get(rubricKey(r.rubric, r.version)) : undefined
						);
			const found = targets.some((r) =>
				r?.aspects.some((a) => a.indicators.some((x) => x.code === gate.indicator))
			);
			if (!found)
				add(
					file,
					`gates[${i}].indicator`,
					`indikator ${gate.indicator} tidak ada di standar ${gate.part}`
				);
		});
	}
	return problems;
}
