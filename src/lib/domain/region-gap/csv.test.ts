import { describe, expect, it } from 'vitest';
import { toCsv } from '../input/csv';
import { regionGapFileName, regionGapRows } from './csv';
import type { RegionGapView } from './view';

const view = (over: Partial<RegionGapView> = {}): RegionGapView => ({
	scopeLabel: 'Kabupaten Kutai Timur, Kalimantan Timur',
	regionCode: '64.08',
	type: 'anak',
	typeLabel: 'Anak',
	instrumentVersionId: 3,
	instrumentLabel: 'Instrumen Akreditasi Panti Sosial 3.0.0',
	zone: 'WITA',
	gaps: {
		panti: 3,
		indicators: [
			{
				code: 'KEL-01',
				title: 'Legalitas; izin "operasional"',
				aspectTitle: 'Kelembagaan',
				dimension: 'administrasi',
				expected: 3,
				expectedDescriptor: 'Izin berlaku',
				assessed: 3,
				short: 2,
				meanGap: 1.5,
				pointsAtStake: 4.125,
				found: []
			}
		],
		matrix: []
	},
	...over
});

describe('regionGapRows', () => {
	it('has one labelled header and one row per indicator, numbers with a decimal comma', () => {
		expect(regionGapRows(view())).toEqual([
			[
				'Kode',
				'Indikator',
				'Aspek',
				'Dimensi',
				'Level diharapkan',
				'Panti dinilai',
				'Panti di bawah harapan',
				'Panti di bawah harapan (%)',
				'Rata-rata kesenjangan (level)',
				'Poin yang dipertaruhkan'
			],
			[
				'KEL-01',
				'Legalitas; izin "operasional"',
				'Kelembagaan',
				'Administrasi',
				'3',
				'3',
				'2',
				'66,67',
				'1,5',
				'4,13'
			]
		]);
	});

	it('keeps a title with the separator and quotes in one field; decimal commas quoted as in every export', () => {
		expect(toCsv(regionGapRows(view())).split('\r\n')[1]).toBe(
			'KEL-01;"Legalitas; izin ""operasional""";Kelembagaan;Administrasi;3;3;2;"66,67";"1,5";"4,13"'
		);
	});
});

describe('regionGapFileName', () => {
	it.each([
		[view(), 'analisis-wilayah-kabupaten-kutai-timur-anak.csv'],
		[
			view({ regionCode: '64', scopeLabel: 'Provinsi Kalimantan Timur', type: 'napza' }),
			'analisis-wilayah-provinsi-kalimantan-timur-napza.csv'
		],
		[view({ regionCode: null, scopeLabel: 'Nasional' }), 'analisis-wilayah-nasional-anak.csv']
	])('%#: %s', (v, want) => expect(regionGapFileName(v)).toBe(want));
});
