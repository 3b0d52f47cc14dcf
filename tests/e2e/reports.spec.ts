import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { pdfPages, pdfQr } from '../support/pdf-inspect';
import { signedInPage } from './helpers';

// Demo history (src/lib/server/demo/history.ts): kepala.kutim's panti has a valid A (2025);
// "Sinar Mentari 5" a C from 2019, long expired; "Sinar Mentari 17" a valid A that this file revokes.
const KUTIM = 'LKSA Demo Harapan Bangsa 1';
const EXPIRED = 'Panti Pamardi Putra Demo Sinar Mentari 5';
const TO_REVOKE = 'Panti Bina Daksa Demo Sinar Mentari 17';

/** Opens a panti's page through the registry search, as a user would. */
async function openPanti(page: Page, name: string) {
	await page.goto(`/panti?q=${encodeURIComponent(name)}`);
	await page.getByRole('link', { name, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
}

/** The three PDF links of the newest finalized assessment on the current panti page. */
async function pdfLinks(page: Page) {
	const links = page.getByTestId('pdf-links').first();
	const href = async (name: RegExp) =>
		(await links.getByRole('link', { name }).getAttribute('href'))!;
	return {
		report: await href(/laporan/),
		certificate: await href(/sertifikat/),
		plan: await href(/rencana perbaikan/)
	};
}

/** Opens the newest finalized assessment (the item holding the first PDF links), reads its code link. */
async function verificationUrl(page: Page): Promise<string> {
	const item = page
		.getByRole('listitem')
		.filter({ has: page.getByTestId('pdf-links') })
		.first();
	await item.getByRole('link').first().click();
	const link = page.getByRole('link', { name: /^\/verifikasi\// });
	return new URL((await link.getAttribute('href'))!, page.url()).href;
}

test('the panti head downloads the report, certificate and plan from their home', async ({
	browser
}) => {
	const head = await signedInPage(browser, 'kepala.kutim');
	await expect(head.getByRole('heading', { level: 1 })).toContainText(KUTIM);
	const links = head.getByTestId('pdf-links').first();

	const [report] = await Promise.all([
		head.waitForEvent('download'),
		links.getByRole('link', { name: /laporan/ }).click()
	]);
	expect(report.suggestedFilename()).toMatch(/^laporan-lksa-demo-harapan-bangsa-1-\d+\.pdf$/);
	const text = (await pdfPages(readFileSync(await report.path()))).pages.join('\n');
	expect(text).toContain('LAPORAN HASIL AKREDITASI');
	expect(text).toContain(KUTIM);
	expect(text).toContain('A (Baik Sekali)');
	expect(text).toContain('Instrumen Akreditasi Panti Sosial 2.0.0');
	expect(text).toMatch(/Nilai total \d+,\d+%/);

	const [certificate] = await Promise.all([
		head.waitForEvent('download'),
		links.getByRole('link', { name: /sertifikat/ }).click()
	]);
	const certBytes = readFileSync(await certificate.path());
	const qr = await pdfQr(certBytes);
	// The QR carries the origin the app was reached on (4173 unless E2E_PORT runs a second suite).
	const port = process.env.E2E_PORT ?? '4173';
	expect(qr).toMatch(new RegExp(`^http://localhost:${port}/verifikasi/[0-9A-Z]{16}$`));

	// The QR leads anyone, signed in or not, to the public check: valid.
	const anon = await (await browser.newContext()).newPage();
	await anon.goto(qr!);
	await expect(anon.getByText('asli dan berlaku')).toBeVisible();
	await expect(anon.locator('dd').first()).toHaveText(KUTIM);

	const [plan] = await Promise.all([
		head.waitForEvent('download'),
		links.getByRole('link', { name: /rencana perbaikan/ }).click()
	]);
	const planText = (await pdfPages(readFileSync(await plan.path()))).pages.join('\n');
	expect(planText).toContain('Rencana Perbaikan');
	expect(planText).toMatch(/\d+ dari \d+ tindakan selesai/);
});

test('each allowed role gets every PDF; others get 403, anonymous users the login page', async ({
	browser
}) => {
	// Ten sign-ins and 27 requests, 15 of them rendering a PDF: on a slow CI machine this takes
	// longer than the default 30 s, which is a budget for one user journey.
	test.setTimeout(120_000);
	const admin = await signedInPage(browser, 'admin');
	await openPanti(admin, KUTIM);
	const urls = await pdfLinks(admin);
	const reportText = (
		await pdfPages(await (await admin.request.get(urls.report)).body())
	).pages.join(' ');
	const lead = reportText.includes('Yusuf') ? 'asesor.yusuf' : 'asesor.sari';

	for (const user of ['admin', 'dinas.kaltim', 'dinas.kutim', 'kepala.kutim', lead]) {
		const page = user === 'admin' ? admin : await signedInPage(browser, user);
		for (const [kind, url] of Object.entries(urls)) {
			const res = await page.request.get(url);
			expect(res.status(), `${user} ${kind}`).toBe(200);
			expect(res.headers()['content-type']).toBe('application/pdf');
			expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
		}
	}
	for (const user of ['dinas.kalsel', 'dinas.jateng', 'kepala.banjarmasin', 'asesor.rina']) {
		const page = await signedInPage(browser, user);
		for (const [kind, url] of Object.entries(urls)) {
			const res = await page.request.get(url);
			expect(res.status(), `${user} ${kind}`).toBe(403);
		}
	}
	const anon = await (await browser.newContext()).newPage();
	const res = await anon.request.get(urls.report, { maxRedirects: 0 });
	expect(res.status()).toBe(303);
	expect(res.headers()['location']).toMatch(/^\/login\?kembali=/);

	// The buttons are on the results page too.
	await admin.goto(urls.report.replace('/laporan.pdf', '/hasil'));
	await expect(admin.getByTestId('pdf-links').getByRole('link')).toHaveCount(3);
});

test('verification page: valid, expired, revoked by an admin, unknown', async ({ browser }) => {
	const admin = await signedInPage(browser, 'admin');
	const anon = await (await browser.newContext()).newPage();

	await openPanti(admin, EXPIRED);
	const expired = await verificationUrl(admin);
	await anon.goto(expired);
	await expect(anon.getByText('telah berakhir')).toBeVisible();
	await expect(anon.locator('.badge.kedaluwarsa')).toHaveText('Kedaluwarsa');

	await openPanti(admin, TO_REVOKE);
	const revoked = await verificationUrl(admin);
	await anon.goto(revoked);
	await expect(anon.getByText('asli dan berlaku')).toBeVisible();
	await admin.getByText('Cabut sertifikat', { exact: true }).first().click();
	await admin.getByLabel('Alasan pencabutan').fill('Terlalu');
	await admin.getByLabel('Saya yakin mencabut sertifikat ini').check();
	await admin.getByRole('button', { name: 'Cabut sertifikat' }).click();
	await expect(admin.getByText('minimal 10 karakter')).toBeVisible();
	await admin
		.getByLabel('Alasan pencabutan')
		.fill('Panti terbukti memalsukan dokumen legalitas saat visitasi.');
	await admin.getByRole('button', { name: 'Cabut sertifikat' }).click();
	await expect(admin.getByText('Sertifikat dicabut.')).toBeVisible();
	await anon.goto(revoked);
	await expect(anon.getByText('telah dicabut')).toBeVisible();
	await expect(anon.getByRole('main')).toContainText(
		'oleh lembaga akreditasi pada' // …<date>. Hubungi Dinas Sosial setempat untuk keterangan.
	);
	await expect(anon.getByText('Hubungi Dinas Sosial setempat untuk keterangan.')).toBeVisible();
	// The reason can name a fault of the panti: never on the public page, in any form.
	expect(await anon.content()).not.toContain('memalsukan');
	expect(await anon.content()).not.toContain('Alasan pencabutan');
	// The admin (and the Dinas of the scope) still read it on the assessment page.
	await expect(admin.getByText('memalsukan dokumen legalitas')).toBeVisible();
	// A revoked certificate is no longer handed out as a PDF.
	const id = admin.url().match(/penilaian\/(\d+)/)![1];
	expect((await admin.request.get(`/penilaian/${id}/sertifikat.pdf`)).status()).toBe(410);

	const unknown = await anon.goto('/verifikasi/ZZZZZZZZZZZZZZZZ');
	expect(unknown!.status()).toBe(404);
	await expect(anon.getByRole('alert')).toHaveText('Sertifikat dengan kode ini tidak ditemukan.');
	// Nothing else is exposed: no panti names, no navigation of the signed-in app.
	await expect(anon.getByText('Demo')).toHaveCount(0);
});
