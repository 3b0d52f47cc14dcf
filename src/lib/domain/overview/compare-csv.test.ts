import { describe, expect, it } from 'vitest';
import { csvNumber } from '../input/csv';
import { compareRows, type CsvPanti } from './compare-csv';

describe('csvNumber', () => {
	it.each([
		[84.61538461538461, '84,62'],
		[84.615, '84,62'],
		[40, '40'],
		[0.5, '0,5'],
		[-11.505, '-11,51'],
		[12345.678, '12345,68'],
		[null, ''],
		[undefined, ''],
		[Number.NaN, '']
	])('%s → %s', (v, out) => {
		expect(csvNumber(v)).toBe(out);
	});
});

const panti = (over: Partial<CsvPanti>): CsvPanti => ({
	name: 'LKSA A',
	type: 'anak',
	regionName: 'Kutai Timur',
	capacity: 40,
	currentClients: 35,
	clientsPerSocialWorker: 11.7,
	latest: { total: 84.61538461538461, grade: 'A', validUntil: '2029-01-10' },
	aspects: [
		{
			key: 'umum:KEL',
			part: 'umum',
			code: 'KEL',
			title: 'Kelembagaan',
			pct: 84.61538461538461,
			median: 70.125,
			percentile: 93
		},
		{
			key: 'anak:PAS',
			part: 'khusus',
			code: 'PAS',
			title: 'Pengasuhan',
			pct: 50,
			median: 62.5,
			percentile: 40
		}
	],
	...over
});

describe('compareRows', () => {
	it('writes labels, not codes, and rounded decimal-comma numbers', () => {
		const rows = compareRows([
			panti({}),
			panti({ name: 'Werdha B', type: 'lanjut-usia', latest: null, aspects: [] })
		]);
		const byLabel = new Map(rows.map((r) => [r[0], r.slice(1)]));
		expect(byLabel.get('Jenis')).toEqual([
			'Anak (LKSA / Panti Sosial Asuhan Anak)',
			'Lanjut usia (Panti Sosial Tresna Werdha)'
		]);
		expect(byLabel.get('Nilai total (%)')).toEqual(['84,62', '']);
		expect(byLabel.get('Peringkat')).toEqual(['A (Baik Sekali)', '']);
		expect(byLabel.get('Klien per pekerja sosial')).toEqual(['11,7', '11,7']);
		expect(byLabel.get('Umum KEL Kelembagaan (%)')).toEqual(['84,62', '']);
		expect(byLabel.get('Umum KEL Kelembagaan (%) median wilayah')).toEqual(['70,13', '']);
		expect(byLabel.get('Umum KEL Kelembagaan (%) persentil wilayah')).toEqual(['93', '']);
		expect(byLabel.get('Khusus Anak PAS Pengasuhan (%)')).toEqual(['50', '']);
		expect(rows.flat().some((c) => /\d\.\d/.test(c) && !/^\d{4}-/.test(c))).toBe(false);
	});
});
