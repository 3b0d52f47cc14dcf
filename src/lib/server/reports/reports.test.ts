import { PANTI_STAKEHOLDERS } from '$lib/domain/plan/routing';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildCertificate } from '$lib/domain/reports/certificate';
import { buildPlan } from '$lib/domain/reports/plan';
import { buildReport } from '$lib/domain/reports/report';
import { formatNumber } from '$lib/domain/format';
import { assessmentAccess } from '../assessments/access';
import { saveScore } from '../assessments/scores';
import { finalize, submit } from '../assessments/workflow';
import { improvementActions, improvementPlans } from '../db/schema';
import { addUser } from '../../../../tests/support/db';
import { certificateData, planData, reportData } from './data';
import { renderPdf } from './pdf';
import { pdfPages, pdfQr } from '../../../../tests/support/pdf-inspect';
import {
	addAsesor,
	kutimWorld,
	openAssessment,
	recordVisit
} from '../../../../tests/support/world';

/** A finalized one-person visit, levels varying by indicator so the gaps are real. */
function finalized(kind: 'visit' | 'self' = 'visit') {
	const { db, pantiId, dinas } = kutimWorld();
	const head = addUser(db, { username: 'kepala', role: 'panti', regionCode: null, pantiId });
	const rina = addAsesor(db, 'rina');
	const lead = kind === 'self' ? head : rina;
	const { id, form } = openAssessment(db, kind === 'self' ? head : dinas, {
		pantiId,
		kind,
		version: '2.0.0',
		plannedDate: '2026-11-10',
		leadId: lead.id
	});
	form.indicators.forEach((ind, i) => {
		const level = ind.code === 'KEL-01' ? ind.max : (i * 7) % (ind.max + 1);
		const r = saveScore(
			db,
			lead,
			assessmentAccess(db, lead, id)!,
			form,
			{
				code: ind.code,
				level,
				notApplicable: false,
				note: i === 0 ? 'Akta tersedia' : '',
				version: 0
			},
			new Date()
		);
		if (!r.ok) throw new Error(JSON.stringify(r));
	});
	if (kind === 'visit')
		recordVisit(db, rina, id, {
			startedOn: '2026-11-12',
			endedOn: '2026-11-13',
			present: [
				{ name: 'Ibu Sari Wulandari', position: 'Kepala panti' },
				{ name: 'Pak Darto', position: 'Ketua yayasan' }
			]
		});
	expect(submit(db, lead, assessmentAccess(db, lead, id)!, form, new Date()).ok).toBe(true);
	if (kind === 'visit')
		expect(
			finalize(db, dinas, assessmentAccess(db, dinas, id)!, form, '2026-11-23', new Date()).ok
		).toBe(true);
	return { db, id, form, dinas, head, rina, access: () => assessmentAccess(db, dinas, id)! };
}

describe('improvement plan at finalization', () => {
	it("proposes one action per recommendation of the panti's circle, superseding nothing on a first plan", () => {
		const w = finalized();
		const plan = w.db.select().from(improvementPlans).get()!;
		const actions = w.db
			.select()
			.from(improvementActions)
			.where(eq(improvementActions.planId, plan.id))
			.all();
		const data = reportData(w.db, w.access(), new Date())!;
		const own = data.results.gaps.items.flatMap((g) =>
			g.recommendations.filter((r) => PANTI_STAKEHOLDERS.has(r.stakeholder))
		);
		expect(actions.map((a) => [a.indicatorCode, a.stakeholder])).toEqual(
			own.map((r) => [expect.any(String), r.stakeholder])
		);
		expect(actions.length).toBeGreaterThan(10);
		expect(plan).toMatchObject({ assessmentId: w.id, indicative: false, supersededAt: null });
		expect(actions[0]!.dueDate! > '2026-11-23').toBe(true);
	});
});

describe('rendered PDFs', () => {
	it('the report carries panti, grade, total, every indicator, versions and hashes', async () => {
		const w = finalized();
		const data = reportData(w.db, w.access(), new Date())!;
		const bytes = await renderPdf(buildReport(data.meta, data.results));
		const { pages, info } = await pdfPages(bytes);
		const all = pages.join('\n');
		const a = w.access().assessment;
		expect(all).toContain(data.meta.panti.name);
		expect(all).toContain(`${formatNumber(a.totalPct, 2)}%`);
		expect(all).toContain(a.certificateNumber!);
		expect(all).toContain(`Halaman 1 dari ${pages.length}`);
		expect(all).toContain(data.meta.instrument.hash);
		for (const r of data.meta.rubrics) {
			expect(all).toContain(r.hash);
			expect(all).toContain(r.version);
		}
		expect(data.meta.rubrics).toHaveLength(2);
		// Every indicator code is printed: its row in section 7.
		const section7 = all.slice(all.indexOf('7. Nilai per indikator'), all.indexOf('8. Analisis'));
		const codes = section7.match(/\b[A-Z]{2,5}-\d{2}\b/g) ?? [];
		expect(new Set(codes)).toEqual(new Set(w.form.indicators.map((i) => i.code)));
		expect(codes).toHaveLength(w.form.indicators.length);
		expect(all).toContain('Akta tersedia');
		// The visit as the lead recorded it: the actual days and who was there.
		expect(all).toMatch(/Tanggal visitasi\s+12–13 November 2026/);
		expect(all).toContain('Ibu Sari Wulandari (Kepala panti), Pak Darto (Ketua yayasan)');
		expect(all).toMatch(/Tim yang hadir\s+rina\b/);
		expect(all).not.toContain('INDIKATIF');
		expect(info).toMatchObject({ Title: expect.stringContaining(data.meta.panti.name) });
	});

	it('a self-assessment report says INDIKATIF on every page', async () => {
		const w = finalized('self');
		const access = assessmentAccess(w.db, w.head, w.id)!;
		const data = reportData(w.db, access, new Date())!;
		const { pages } = await pdfPages(await renderPdf(buildReport(data.meta, data.results)));
		expect(pages.length).toBeGreaterThan(2);
		for (const p of pages) expect(p).toContain('INDIKATIF');
		expect(certificateData(w.db, access, 'http://x')).toBeNull();
	});

	it("the certificate's QR code decodes to the verification URL", async () => {
		const w = finalized();
		const cert = certificateData(w.db, w.access(), 'https://siap.example')!;
		const bytes = await renderPdf(buildCertificate(cert));
		const { pages } = await pdfPages(bytes);
		expect(pages).toHaveLength(1);
		expect(pages[0]).toContain(cert.certificateNumber);
		expect(pages[0]).toContain('SERTIFIKAT AKREDITASI');
		expect(pages[0]).toMatch(/Visitasi\s+12–13 November 2026/);
		const code = w.access().assessment.verificationCode!;
		expect(await pdfQr(bytes)).toBe(`https://siap.example/verifikasi/${code}`);
	});

	it('the improvement plan lists every proposed action', async () => {
		const w = finalized();
		const plan = planData(w.db, w.access(), '2026-11-23', new Date())!;
		const { pages } = await pdfPages(await renderPdf(buildPlan(plan)));
		const all = pages.join('\n');
		expect(all).toContain('Rencana Perbaikan');
		expect(all).toContain(`0 dari ${plan.actions.length} tindakan selesai`);
		for (const a of plan.actions) expect(all).toContain(a.indicatorCode);
	});

	it('prints a name frozen with a bidi override and a NUL (before input was cleaned) without them', async () => {
		const w = finalized();
		const cert = certificateData(w.db, w.access(), 'https://siap.example')!;
		const hostile = 'LKSA \u202Eexe.gnp\u0000 Kasih';
		const bytes = await renderPdf(
			buildCertificate({ ...cert, panti: { ...cert.panti, name: hostile } })
		);
		const { pages, info } = await pdfPages(bytes);
		expect(pages[0]).toContain('LKSA exe.gnp Kasih');
		expect(pages[0]).not.toMatch(/[\0\u202a-\u202e\u2066-\u2069]/);
		expect(JSON.stringify(info)).not.toMatch(/\\u202e|\\u0000/i);
		// Also what a running header (a function) returns.
		const framed = await pdfPages(
			await renderPdf({ content: 'isi', header: () => ({ text: 'Kepala \u202Eabc' }) })
		);
		expect(framed.pages[0]).toContain('Kepala abc');
	});

	it('refuses remote URLs in a definition', async () => {
		await expect(
			renderPdf({ content: [{ image: 'https://example.com/x.png', width: 10 }] })
		).rejects.toThrow(/denied|policy/i);
	});
});
