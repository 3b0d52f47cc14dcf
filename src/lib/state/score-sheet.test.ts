import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScoreConflict, ScoreSaved } from '$lib/score-api';
import { ScoreSheet, type SheetRow } from './score-sheet.svelte';

const row = (code: string, level: number | null, version: number): SheetRow => ({
	code,
	level,
	notApplicable: false,
	note: '',
	version
});
const json = (status: number, body: unknown) =>
	new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const settle = () => new Promise((r) => setTimeout(r, 20));

/** Stubs `fetch` with one answer per call, recording each request's URL and body. */
function server(...answers: (() => Response)[]) {
	const calls: { url: string; body: unknown }[] = [];
	vi.stubGlobal(
		'fetch',
		vi.fn(async (url: string, init: RequestInit) => {
			calls.push({
				url,
				body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body
			});
			const answer = answers.shift();
			if (!answer) throw new TypeError('Failed to fetch');
			return answer();
		})
	);
	return calls;
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('scoring page state', () => {
	it('seeds what the assessor sees, and what was last accepted, from the saved sheet', () => {
		const sheet = new ScoreSheet(7, [row('KEL-01', 3, 2), row('KEL-02', null, 0)], []);
		expect(sheet.values.get('KEL-01')?.level).toBe(3);
		expect(sheet.accepted.get('KEL-01')?.level).toBe(3);
		expect(sheet.versions.get('KEL-01')).toBe(2);
		expect(sheet.answered('KEL-01')).toBe(true);
		expect(sheet.answered('KEL-02')).toBe(false);
		expect(sheet.answered('KEL-03')).toBe(false);
	});

	it('shows a tap at once, marks it touched and saves it with the saved version', async () => {
		const calls = server(() =>
			json(200, { version: 3, updatedAt: '2026-12-03T01:00:00.000Z' } satisfies ScoreSaved)
		);
		const sheet = new ScoreSheet(7, [row('KEL-01', 3, 2)], []);
		sheet.change({ code: 'KEL-01', level: 4, notApplicable: false, note: 'ok' });
		expect(sheet.values.get('KEL-01')?.level).toBe(4);
		expect(sheet.touched.has('KEL-01')).toBe(true);
		await settle();
		expect(calls).toEqual([
			{
				url: '/api/penilaian/7/skor',
				body: { code: 'KEL-01', level: 4, notApplicable: false, note: 'ok', version: 2 }
			}
		]);
		expect(sheet.versions.get('KEL-01')).toBe(3);
		expect(sheet.queue.state).toBe('saved');
	});

	it('a discarded change shows the last accepted value again, or a blank', () => {
		server();
		const sheet = new ScoreSheet(7, [row('KEL-01', 3, 2)], []);
		sheet.values.set('KEL-01', { code: 'KEL-01', level: 1, notApplicable: false, note: '' });
		sheet.discard('KEL-01');
		expect(sheet.values.get('KEL-01')?.level).toBe(3);
		sheet.discard('KEL-09');
		expect(sheet.values.get('KEL-09')).toEqual({
			code: 'KEL-09',
			level: null,
			notApplicable: false,
			note: ''
		});
	});

	it('taking the other value of a conflict shows it', async () => {
		const theirs = {
			level: 1,
			notApplicable: false,
			note: 'dari B',
			version: 5,
			updatedAt: '2026-12-03T01:00:00.000Z',
			updatedByName: 'B'
		};
		server(() =>
			json(409, { message: 'Sudah diubah orang lain.', current: theirs } satisfies ScoreConflict)
		);
		const sheet = new ScoreSheet(7, [row('KEL-01', 3, 2)], []);
		sheet.change({ code: 'KEL-01', level: 4, notApplicable: false, note: '' });
		await settle();
		expect(sheet.queue.conflicts).toHaveLength(1);
		sheet.resolve('KEL-01', 'theirs');
		expect(sheet.values.get('KEL-01')).toEqual({
			code: 'KEL-01',
			level: 1,
			notApplicable: false,
			note: 'dari B'
		});
		expect(sheet.queue.conflicts).toEqual([]);
	});

	it('lists an uploaded file once, and says why an upload was refused or could not go', async () => {
		const uploaded = { id: 11, name: 'akta.pdf', mimeType: 'application/pdf', sizeBytes: 9 };
		const calls = server(
			() => json(200, uploaded),
			() => json(200, uploaded),
			() => json(413, { message: 'Berkas terlalu besar.' })
		);
		const sheet = new ScoreSheet(7, [], []);
		const pdf = new File(['%PDF-1.4'], 'akta.pdf', { type: 'application/pdf' });
		expect(await sheet.upload('KEL-01', pdf)).toBeNull();
		expect(await sheet.upload('KEL-01', pdf)).toBeNull();
		expect(sheet.evidence).toEqual([{ code: 'KEL-01', ...uploaded }]);
		expect(calls[0]?.url).toBe('/api/penilaian/7/bukti');
		expect(await sheet.upload('KEL-01', pdf)).toBe('Berkas terlalu besar.');
		// No connection and no device store (photos are kept only once the store opened).
		expect(await sheet.upload('KEL-01', pdf)).toBe('Tidak ada koneksi ke server; coba lagi.');
	});
});
