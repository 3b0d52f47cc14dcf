/**
 * A deterministic 250-indicator form (standar umum 150 + standar khusus 100) for benchmarks: the
 * size design.md §10 targets, larger than the shipped rubrics so the numbers hold for the future.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { resolveInstrument, type Sheet } from '../../src/lib/domain/engine';
import { PANTI_TYPES } from '../../src/lib/domain/panti/types';
import { instrumentSchema, rubricSchema } from '../../src/lib/domain/rubric/schema';

const levels = [
	'tidak ada sama sekali',
	'baru dirintis',
	'separuh unsur terpenuhi',
	'terpenuhi',
	'terpenuhi dan terpelihara'
];
const dims = ['program', 'sdm', 'sarana-prasarana', 'administrasi', 'kebijakan'];
const holders = [
	'pengelola-panti',
	'dinas-sosial',
	'masyarakat',
	'keluarga-klien',
	'dinas-kesehatan'
];
const horizons = ['short', 'medium', 'long'];

function rubric(id: string, part: 'umum' | 'khusus', aspectCodes: string[], perAspect: number) {
	return rubricSchema.parse({
		kind: 'rubric',
		id,
		version: '1.0.0',
		title: `Rubrik ${id}`,
		part,
		...(part === 'khusus' ? { pantiType: 'anak' } : {}),
		legalBasis: ['sintetis untuk benchmark'],
		weightsSource: { ref: 'sintetis' },
		scale: { max: 4, labels: ['L0', 'L1', 'L2', 'L3', 'L4'] },
		aspects: aspectCodes.map((code, a) => ({
			code,
			title: `Aspek ${code}`,
			weight: 10 + a,
			indicators: Array.from({ length: perAspect }, (_, i) => ({
				code: `${code}-${String(i + 1).padStart(2, '0')}`,
				title: `Indikator ${code} ${i + 1}`,
				statement: 'Pernyataan indikator sintetis.',
				guidance: 'Panduan indikator sintetis.',
				methods: ['dokumen'],
				weight: 1 + (i % 3),
				levels,
				...(i === 0 && a === 0 && part === 'umum'
					? { critical: { minLevel: 3, reason: 'gerbang legalitas sintetis' } }
					: {}),
				// One safeguarding indicator per part, as instrument 3.0.0 has in every type.
				...(i === 7 && a === aspectCodes.length - 2
					? { safeguarding: { minLevel: 3, finding: 'temuan perlindungan sintetis; rujuk' } }
					: {}),
				...(i % 17 === 5 ? { allowNA: true, naWhen: 'bila tidak relevan' } : {}),
				dimension: dims[i % dims.length],
				recommendations: [
					{
						action: 'Tindakan perbaikan sintetis.',
						horizon: horizons[i % 3],
						stakeholder: holders[i % holders.length]
					}
				],
				source: { ref: 'sintetis' }
			}))
		}))
	});
}

export const umum = rubric('sintetis-umum', 'umum', ['KEL', 'SDM', 'SPR', 'BIA', 'PSD', 'MON'], 25);
export const khusus = rubric('sintetis-khusus', 'khusus', ['PGA', 'FAS', 'KAS', 'REI'], 25);
export const instrument = instrumentSchema.parse({
	kind: 'instrument',
	id: 'sintetis',
	version: '1.0.0',
	title: 'Instrumen sintetis',
	legalBasis: ['sintetis untuk benchmark'],
	umum: { rubric: 'sintetis-umum', version: '1.0.0' },
	khusus: { anak: { rubric: 'sintetis-khusus', version: '1.0.0' } },
	partWeights: { umum: 60, khusus: 40 },
	partWeightsSource: { ref: 'sintetis' },
	// Instrument 3.0.0's bands: a floor for C, Tidak Terakreditasi below it.
	grades: [
		{ grade: 'A', label: 'Baik Sekali', min: 66, inclusive: false, validityYears: 5 },
		{ grade: 'B', label: 'Baik', min: 33, inclusive: true, validityYears: 3 },
		{ grade: 'C', label: 'Cukup', min: 25, inclusive: true, validityYears: 2 },
		{ grade: 'TT', label: 'Tidak Terakreditasi', min: 0, inclusive: true, validityYears: 0 }
	],
	gradesSource: { ref: 'sintetis' },
	criticalCap: 'C',
	gates: [
		{
			part: 'umum',
			indicator: 'KEL-01',
			below: 3,
			cap: 'TT',
			explanation: 'gerbang legalitas sintetis'
		}
	]
});
export const form = resolveInstrument(instrument, umum, khusus);

/** Deterministic sheets: assessment k gets levels from a small LCG. */
export function syntheticSheet(k: number): Sheet {
	let s = (k * 2654435761) >>> 0;
	const next = () => (s = (s * 1664525 + 1013904223) >>> 0);
	const sheet = new Map<string, { level: number | null; notApplicable: boolean }>();
	for (const ind of form.indicators) {
		const r = next() % 100;
		if (ind.indicator.allowNA && r < 5) sheet.set(ind.code, { level: null, notApplicable: true });
		else sheet.set(ind.code, { level: next() % 5, notApplicable: false });
	}
	return sheet;
}

/** Writes the synthetic rubrics as the YAML catalog of `<dir>/rubrics/` (a bench server's cwd). */
export function writeSyntheticRubrics(dir: string): void {
	const write = (id: string, value: object) => {
		mkdirSync(join(dir, 'rubrics', id), { recursive: true });
		writeFileSync(join(dir, 'rubrics', id, '1.0.0.yaml'), stringify(value));
	};
	write('sintetis-umum', umum);
	const refs: Record<string, { rubric: string; version: string }> = {};
	for (const type of PANTI_TYPES) {
		write(`sintetis-khusus-${type}`, { ...khusus, id: `sintetis-khusus-${type}`, pantiType: type });
		refs[type] = { rubric: `sintetis-khusus-${type}`, version: '1.0.0' };
	}
	write('sintetis', { ...instrument, khusus: refs });
}
