import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces';
import { analyseGaps, gradeOf, pathToNextGrade, scoreSheet } from '$lib/domain/engine';
import { form, sheetOf } from '../../../../tests/support/engine-fixture';
import { proposeActions } from '../plan/proposal';
import { PANTI_STAKEHOLDERS } from '../plan/routing';
import { buildCertificate } from './certificate';
import { buildPlan, groupActions, isOverdue } from './plan';
import { buildReport, indicatorRows } from './report';
import type { PlanAction, ReportMeta, ReportResults } from './types';

const panti = {
	name: 'Panti Uji Sejahtera',
	typeLabel: 'Anak',
	ownershipLabel: 'Masyarakat',
	address: 'Jl. Uji 1',
	regionName: 'Kab. Kutai Timur, Kalimantan Timur',
	capacity: 40,
	currentClients: 32,
	zone: 'WITA' as const
};
const instrument = { title: 'Instrumen uji', version: '1.0.0', hash: 'a'.repeat(64) };

function results(levels: Record<string, number | 'na'>): ReportResults {
	const sheet = sheetOf(levels);
	const score = scoreSheet(form, sheet);
	const grade = gradeOf(form, score.total!, sheet);
	return {
		form,
		sheet,
		notes: new Map([['UA-01', 'Dokumen lengkap']]),
		score,
		grade,
		gaps: analyseGaps(form, sheet, score),
		path: pathToNextGrade(form, sheet, score, grade.grade)
	};
}

const VISIT = {
	startedOn: '2026-10-12',
	endedOn: '2026-10-13',
	teamNames: ['Rina', 'Budi'],
	present: [
		{ name: 'Ibu Sari', position: 'Kepala panti' },
		{ name: 'Pak Darto', position: 'Ketua yayasan' }
	]
};

function meta(
	kind: 'visit' | 'self',
	visit: ReportMeta['assessment']['visit'] = VISIT
): ReportMeta {
	return {
		panti,
		assessment: {
			id: 7,
			kind,
			plannedDate: '2026-11-01',
			visit: kind === 'visit' ? visit : null,
			submittedAt: '2026-11-02T03:00:00Z',
			finalizedAt: '2026-11-03T03:00:00Z',
			certificateNumber: kind === 'visit' ? 'SIAP/2026/64.08/00001' : null,
			validUntil: kind === 'visit' ? '2029-11-03' : null
		},
		team: [
			{ name: 'Rina', role: 'lead' },
			{ name: 'Budi', role: 'member' }
		],
		reviewerName: kind === 'visit' ? 'Dinas Kutim' : null,
		instrument,
		rubrics: [{ ...instrument, title: 'Uji umum', part: 'umum' }],
		generatedAt: '2026-11-23T03:00:00Z'
	};
}

/** Every string a definition will print, depth-first (functions such as footers are called). */
function texts(node: unknown, out: string[] = []): string[] {
	if (typeof node === 'string') out.push(node);
	else if (Array.isArray(node)) node.forEach((n) => texts(n, out));
	else if (node && typeof node === 'object')
		for (const [k, v] of Object.entries(node)) {
			if (k === 'svg') continue;
			if (typeof v === 'function') texts(v(1, 3), out);
			else texts(v, out);
		}
	return out;
}

describe('report definition', () => {
	const r = results({ 'UA-01': 4, 'UA-02': 'na', 'UB-01': 2, 'KA-01': 3, 'KA-02': 1 });

	it('has one indicator row per indicator, with level, N/A and the assessor note', () => {
		const rows = indicatorRows(r);
		expect(rows).toHaveLength(form.indicators.length);
		const cell = (row: Content[], i: number) => (row[i] as { text: string }).text;
		expect(rows.map((row) => cell(row, 0))).toEqual(form.indicators.map((i) => i.code));
		expect(cell(rows[0]!, 2)).toBe('4 / 4');
		expect(cell(rows[1]!, 2)).toBe('N/A');
		expect(cell(rows[0]!, 4)).toBe('Dokumen lengkap');
	});

	it('prints the grade the engine computed, the gate explanation, versions and hash', () => {
		const all = texts(buildReport(meta('visit'), r)).join('\n');
		// UB-01 at 2 is below the gate's 3: Tidak Terakreditasi, whatever the total.
		expect(r.grade.grade).toBe('TT');
		expect(all).toContain('Tidak Terakreditasi');
		expect(all).toContain(r.grade.explanation);
		expect(all).toContain('a'.repeat(64));
		expect(all).toContain('SIAP/2026/64.08/00001');
		expect(all).toContain('Kab. Kutai Timur, Kalimantan Timur');
		expect(all).toContain('Halaman 1 dari 3');
		expect(all).not.toContain('INDIKATIF');
	});

	it('marks a self-assessment indicative on every page and issues no certificate number', () => {
		const doc = buildReport(meta('self'), r);
		expect(doc.watermark).toMatchObject({ text: 'INDIKATIF' });
		const footer = texts((doc.footer as (p: number, n: number) => Content)(2, 5)).join(' ');
		expect(footer).toContain('INDIKATIF');
		expect(texts(doc).join('\n')).toContain('tidak diterbitkan (indikatif)');
	});

	it('prints the actual visit dates and who was present', () => {
		const all = texts(buildReport(meta('visit'), r)).join('\n');
		expect(all).toContain('12–13 Oktober 2026');
		expect(all).toContain('Ibu Sari (Kepala panti), Pak Darto (Ketua yayasan)');
		expect(all).toMatch(/Tim yang hadir\n(muted\n)?Rina, Budi/);
	});

	it('says an older visit without a record has no actual date, beside its planned one', () => {
		const all = texts(buildReport(meta('visit', null), r)).join('\n');
		expect(all).toMatch(
			/Tanggal rencana\n(muted\n)?1 November 2026\n(muted\n)?Tanggal visitasi\n(muted\n)?— \(tidak dicatat\)/
		);
		expect(all).not.toContain('Tim yang hadir');
	});

	it('uses Indonesian dates and decimal commas', () => {
		const all = texts(buildReport(meta('visit'), r)).join('\n');
		expect(all).toContain('3 November 2026');
		expect(all).toMatch(/\d+,\d+%/);
	});
});

describe('certificate definition', () => {
	it('is one landscape page with the QR code of the verification URL', () => {
		const url = 'https://siap.example/verifikasi/ABCDEFGHJKMNPQRS';
		const doc = buildCertificate({
			panti,
			grade: 'B',
			total: 58.25,
			certificateNumber: 'SIAP/2026/64.08/00002',
			issuedAt: '2026-11-03T03:00:00Z',
			validUntil: '2029-11-03',
			verifyUrl: url,
			verificationCode: 'ABCDEFGHJKMNPQRS',
			signatory: {
				name: 'Drs. Andi Pratama',
				nip: '197805122005011003',
				position: 'Kepala Dinas Sosial Kabupaten Kutai Timur',
				place: 'Kabupaten Kutai Timur'
			},
			instrument,
			visitedOn: { startedOn: '2026-10-12', endedOn: '2026-10-13' },
			plannedDate: '2026-10-01'
		});
		expect(doc.pageOrientation).toBe('landscape');
		const all = texts(doc).join('\n');
		expect(all).toMatch(/Visitasi\n(muted\n)?12–13 Oktober 2026/);
		expect(all).not.toContain('1 Oktober 2026');
		expect(all).toContain('B (Baik)');
		expect(all).toContain('58,25%');
		expect(all).toContain('3 November 2029');
		expect(JSON.stringify(doc.content)).toContain(`"qr":"${url}"`);
	});

	it('ends with the signatory block: place and date in the panti’s zone, position, name, NIP', () => {
		const doc = buildCertificate({
			panti,
			grade: 'A',
			total: 80,
			certificateNumber: 'SIAP/2026/64.08/00003',
			// 16:30 UTC is already 4 December in Kutai Timur (WITA), still 3 December in Jakarta.
			issuedAt: '2026-12-03T16:30:00Z',
			validUntil: '2031-12-04',
			verifyUrl: 'https://siap.example/verifikasi/Y',
			verificationCode: 'Y',
			signatory: {
				name: 'Drs. Andi Pratama',
				nip: '197805122005011003',
				position: 'Kepala Dinas Sosial Kabupaten Kutai Timur',
				place: 'Kabupaten Kutai Timur'
			},
			instrument,
			visitedOn: null,
			plannedDate: null
		});
		const all = texts(doc).join('\n');
		expect(all).toMatch(
			/Kabupaten Kutai Timur, 4 Desember 2026\n[\s\S]*?Kepala Dinas Sosial Kabupaten Kutai Timur\n[\s\S]*?Drs\. Andi Pratama\n[\s\S]*?NIP 197805122005011003/
		);
		expect(all).not.toContain('3 Desember 2026');
	});

	it('falls back to the planned date, said as planned, for a visit without a record', () => {
		const doc = buildCertificate({
			panti,
			grade: 'C',
			total: 40,
			certificateNumber: 'SIAP/2025/64.08/00001',
			issuedAt: '2025-11-03T03:00:00Z',
			validUntil: '2027-11-03',
			verifyUrl: 'https://siap.example/verifikasi/X',
			verificationCode: 'X',
			signatory: null,
			instrument,
			visitedOn: null,
			plannedDate: '2025-10-01'
		});
		expect(texts(doc).join('\n')).toMatch(/Visitasi \(tanggal rencana\)\n(muted\n)?1 Oktober 2025/);
	});
});

describe('improvement plan definition', () => {
	const r = results({ 'UA-01': 1, 'UA-02': 2, 'UB-01': 3, 'KA-01': 2, 'KA-02': 0 });
	const proposed = proposeActions(
		r.gaps.items,
		{ ownership: 'masyarakat', regionCode: '64.08' },
		'2026-11-03'
	).plan;
	const actions: PlanAction[] = proposed.map((a, i) => ({
		...a,
		indicatorTitle: a.indicatorCode,
		owner: i === 0 ? 'Bu Sri' : '',
		status: i === 0 ? 'selesai' : 'belum',
		progressNote: '',
		dueDate: i === 1 ? '2026-01-01' : a.dueDate
	}));

	it("proposes one action per recommendation of the panti's circle, due at the end of its horizon", () => {
		const own = r.gaps.items.flatMap((g) =>
			g.recommendations.filter((x) => PANTI_STAKEHOLDERS.has(x.stakeholder))
		);
		expect(proposed).toHaveLength(own.length);
		const ka02 = proposed.find((a) => a.indicatorCode === 'KA-02')!;
		expect(ka02).toMatchObject({ horizon: 'long', dueDate: '2031-11-03' });
	});

	it('groups by horizon then stakeholder and marks overdue actions', () => {
		const groups = groupActions(actions);
		expect(groups.flatMap((g) => g.stakeholders.flatMap((s) => s.actions))).toHaveLength(
			actions.length
		);
		expect(groups.at(-1)!.horizon).toBe('long');
		expect(isOverdue(actions[1]!, '2026-11-23')).toBe(true);
		expect(isOverdue(actions[0]!, '2099-01-01')).toBe(false);
		const all = texts(
			buildPlan({
				panti,
				assessment: meta('visit').assessment,
				instrument,
				grade: r.grade.grade,
				total: r.score.total!,
				actions,
				path: r.path,
				today: '2026-11-23',
				generatedAt: '2026-11-23T03:00:00Z'
			})
		).join('\n');
		expect(all).toContain('1 dari');
		expect(all).toContain('1 Januari 2026 (terlambat)');
		expect(all).toContain('Bu Sri');
		expect(all).toContain('Jangka panjang (3–5 tahun)');
	});
});
