/**
 * A tiny instrument a reader can score by hand (used by the engine tests).
 * umum: aspect UA (weight 1): UA-01 (w1), UA-02 (w1, N/A allowed); aspect UB (weight 1): UB-01
 * (w2, critical: level ≥ 3 else Tidak Terakreditasi). khusus: aspect KA (weight 1): KA-01 (w1),
 * KA-02 (w1). Parts weigh 1 : 1. Bands: A > 66, B ≥ 33, C ≥ 0. Scale 0..4.
 */
import { instrumentSchema, rubricSchema, type Rubric } from '$lib/domain/rubric/schema';
import { resolveInstrument, type Sheet } from '$lib/domain/engine';

const levels = ['nol sama sekali', 'satu langkah', 'dua langkah', 'tiga langkah', 'empat langkah'];
const rec = [
	{ action: 'Perbaiki hal ini segera.', horizon: 'short', stakeholder: 'pengelola-panti' }
];
const indicator = (code: string, weight: number, extra: Record<string, unknown> = {}) => ({
	code,
	title: `Indikator ${code}`,
	statement: `Pernyataan untuk ${code}.`,
	guidance: `Panduan untuk ${code}.`,
	methods: ['dokumen'],
	weight,
	levels,
	dimension: 'program',
	recommendations: rec,
	source: { ref: 'uji' },
	...extra
});
const header = {
	kind: 'rubric',
	version: '1.0.0',
	legalBasis: ['uji coba'],
	weightsSource: { ref: 'uji' },
	scale: { max: 4, labels: ['L0', 'L1', 'L2', 'L3', 'L4'] }
};

export const umum: Rubric = rubricSchema.parse({
	...header,
	id: 'uji-umum',
	title: 'Uji umum',
	part: 'umum',
	aspects: [
		{
			code: 'UA',
			title: 'Aspek A',
			weight: 1,
			indicators: [indicator('UA-01', 1), indicator('UA-02', 1, { allowNA: true, naWhen: 'uji' })]
		},
		{
			code: 'UB',
			title: 'Aspek B',
			weight: 1,
			indicators: [
				indicator('UB-01', 2, { critical: { minLevel: 3, reason: 'wajib menurut uji' } })
			]
		}
	]
});

export const khusus: Rubric = rubricSchema.parse({
	...header,
	id: 'uji-khusus',
	title: 'Uji khusus',
	part: 'khusus',
	pantiType: 'anak',
	aspects: [
		{
			code: 'KA',
			title: 'Aspek K',
			weight: 1,
			indicators: [
				indicator('KA-01', 1),
				indicator('KA-02', 1, {
					recommendations: [
						{ action: 'Libatkan keluarga klien.', horizon: 'long', stakeholder: 'keluarga-klien' }
					],
					dimension: 'sdm'
				})
			]
		}
	]
});

export const instrument = instrumentSchema.parse({
	kind: 'instrument',
	id: 'uji-instrumen',
	version: '1.0.0',
	title: 'Instrumen uji',
	legalBasis: ['uji coba'],
	umum: { rubric: 'uji-umum', version: '1.0.0' },
	khusus: { anak: { rubric: 'uji-khusus', version: '1.0.0' } },
	partWeights: { umum: 1, khusus: 1 },
	partWeightsSource: { ref: 'uji' },
	grades: [
		{ grade: 'A', label: 'Baik Sekali', min: 66, inclusive: false, validityYears: 5 },
		{ grade: 'B', label: 'Baik', min: 33, inclusive: true, validityYears: 3 },
		{ grade: 'C', label: 'Cukup', min: 0, inclusive: true, validityYears: 2 }
	],
	gradesSource: { ref: 'uji' },
	criticalCap: 'C',
	gates: [
		{
			part: 'umum',
			indicator: 'UB-01',
			below: 3,
			cap: 'TT',
			explanation: 'tanpa legalitas tidak dapat diakreditasi'
		}
	]
});

export const form = resolveInstrument(instrument, umum, khusus);

/** A sheet from `{ code: level | 'na' }`. */
export function sheetOf(levels: Record<string, number | 'na'>): Sheet {
	return new Map(
		Object.entries(levels).map(([code, l]) => [
			code,
			l === 'na' ? { level: null, notApplicable: true } : { level: l, notApplicable: false }
		])
	);
}

export const all = (level: number) =>
	sheetOf({ 'UA-01': level, 'UA-02': level, 'UB-01': level, 'KA-01': level, 'KA-02': level });
