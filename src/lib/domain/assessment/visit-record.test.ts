import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../input/form-fields';
import { formatVisitDates, visitRecordSchema } from './visit-record';

const TODAY = '2026-10-20';
const TEAM = [4, 7];
const valid = {
	startedOn: '2026-10-12',
	endedOn: '2026-10-13',
	present: [{ name: '  Ibu Sari  ', position: 'Kepala panti' }],
	teamPresent: ['4', '7']
};

function errors(input: Record<string, unknown>) {
	const r = visitRecordSchema(TODAY, TEAM).safeParse({ ...valid, ...input });
	return r.success ? {} : fieldErrors(r.error);
}

describe('visit record rules', () => {
	it('accepts a two-day visit, trims names and reads team ids as numbers', () => {
		expect(visitRecordSchema(TODAY, TEAM).parse(valid)).toEqual({
			startedOn: '2026-10-12',
			endedOn: '2026-10-13',
			present: [{ name: 'Ibu Sari', position: 'Kepala panti' }],
			teamPresent: [4, 7]
		});
	});

	it('reads an empty last day as a one-day visit, and today as not in the future', () => {
		const r = visitRecordSchema(TODAY, TEAM).parse({ ...valid, startedOn: TODAY, endedOn: '' });
		expect([r.startedOn, r.endedOn]).toEqual([TODAY, TODAY]);
	});

	it.each([
		[{ startedOn: '' }, 'startedOn', 'Hari pertama visitasi wajib diisi.'],
		[{ startedOn: '2026-02-30' }, 'startedOn', 'Hari pertama visitasi bukan tanggal yang valid.'],
		[{ endedOn: '13/10/2026' }, 'endedOn', 'Hari terakhir bukan tanggal yang valid.'],
		[{ endedOn: '2026-10-11' }, 'endedOn', 'Hari terakhir tidak boleh sebelum hari pertama.'],
		[{ startedOn: '2026-10-21', endedOn: '' }, 'startedOn', 'Hari pertama visitasi belum tiba.'],
		[{ endedOn: '2026-10-21' }, 'endedOn', 'Hari terakhir visitasi belum tiba.'],
		[
			{ startedOn: '2026-10-01', endedOn: '2026-10-15' },
			'endedOn',
			'Visitasi paling lama 14 hari. Periksa kedua tanggal.'
		],
		[
			{ present: [] },
			'present',
			'Catat paling sedikit satu orang dari panti atau mitra yang hadir.'
		],
		[
			{ present: [{ name: 'Ibu Sari', position: ' ' }] },
			'present.0.position',
			'Jabatan wajib diisi.'
		],
		[
			{ present: Array.from({ length: 21 }, () => ({ name: 'Ibu Sari', position: 'Staf' })) },
			'present',
			'Paling banyak 20 orang yang hadir.'
		],
		[
			{ teamPresent: [] },
			'teamPresent',
			'Centang paling sedikit satu anggota tim yang ikut visitasi.'
		],
		[{ teamPresent: ['4', '99'] }, 'teamPresent', 'Yang dicentang harus anggota tim penilaian ini.']
	])('refuses %o: %s says "%s"', (input, field, message) => {
		expect(errors(input)[field]).toEqual([message]);
	});

	it('reports the date rules together with the other fields, not after them', () => {
		expect(
			errors({ endedOn: '2026-10-11', present: [{ name: 'Ibu Sari', position: '' }] })
		).toEqual({
			endedOn: ['Hari terakhir tidak boleh sebelum hari pertama.'],
			'present.0.position': ['Jabatan wajib diisi.']
		});
	});

	it('allows exactly fourteen days', () => {
		expect(errors({ startedOn: '2026-10-01', endedOn: '2026-10-14' })).toEqual({});
	});
});

describe('formatVisitDates', () => {
	it.each([
		['2026-10-12', '2026-10-12', '12 Oktober 2026'],
		['2026-10-12', '2026-10-13', '12–13 Oktober 2026'],
		['2026-09-30', '2026-10-01', '30 September–1 Oktober 2026'],
		['2026-12-31', '2027-01-02', '31 Desember 2026–2 Januari 2027']
	])('%s to %s → %s', (startedOn, endedOn, text) => {
		expect(formatVisitDates({ startedOn, endedOn })).toBe(text);
	});
});
