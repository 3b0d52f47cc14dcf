/**
 * The visit as it happened (issue 16 items 5 and 6): the lead records the actual dates and who was
 * present on a tablet, the report and certificate print them; the Dinas changes the team.
 * Screenshots of both forms at the two tablet sizes go to tests/screenshots/.
 */
import { expect, test, type Page } from '@playwright/test';
import { formatVisitDates } from '../../src/lib/domain/assessment/visit-record';
import { pdfPages } from '../support/pdf-inspect';
import {
	declareNoConflict,
	LANDSCAPE,
	PORTRAIT,
	scheduleVisit,
	scoreAll,
	signedInPage,
	waitForApp,
	wibDay
} from './helpers';

/** Both tablet sizes of the page as it is now, full length. */
async function shots(page: Page, name: string) {
	for (const [size, viewport] of [
		['landscape', { width: 1024, height: 768 }],
		['portrait', { width: 800, height: 1280 }]
	] as const) {
		await page.setViewportSize(viewport);
		// Let the page lay itself out at the new size before the full-length capture.
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
		await page.screenshot({ path: `tests/screenshots/${size}-${name}.png`, fullPage: true });
	}
}

async function pdfText(page: Page, path: string): Promise<string> {
	const res = await page.request.get(path);
	expect(res.status(), path).toBe(200);
	return (await pdfPages(await res.body())).pages.join('\n');
}

test('the lead records the visit on a tablet and submits; the report and certificate print the actual dates', async ({
	browser
}) => {
	test.setTimeout(150_000);
	const dinas = await signedInPage(browser, 'dinas.jepara', LANDSCAPE);
	const id = await scheduleVisit(dinas, { from: '/panti', panti: 0, lead: 'Yusuf Asesor (Demo)' });
	const yusuf = await signedInPage(browser, 'asesor.yusuf', PORTRAIT);
	await declareNoConflict(yusuf, id);
	await scoreAll(yusuf, id, 3);

	// Submitting first is refused: the visit record is missing, and the page says where to add it.
	await yusuf.goto(`/penilaian/${id}`);
	await waitForApp(yusuf);
	await expect(yusuf.getByText('Visitasi', { exact: true })).toBeVisible();
	await expect(yusuf.getByText('belum dicatat')).toBeVisible();
	yusuf.once('dialog', (d) => d.accept());
	await yusuf.getByRole('button', { name: 'Ajukan untuk ditinjau' }).click();
	await expect(yusuf.getByRole('alert')).toContainText(
		'Isi catatan kunjungan (tanggal visitasi dan yang hadir) sebelum mengajukan.'
	);

	await yusuf.getByRole('link', { name: 'catatan kunjungan', exact: true }).click();
	await waitForApp(yusuf);
	await expect(yusuf.getByLabel('Yusuf Asesor (Demo) (ketua tim)')).toBeChecked();
	const first = wibDay(-2);
	const last = wibDay(-1);
	await yusuf.getByLabel('Hari pertama').fill(first);
	await yusuf.getByLabel('Hari terakhir').fill(last);
	await yusuf.getByLabel('Nama 1', { exact: true }).fill('Ibu Ratna Dewi');
	await yusuf.getByLabel('Jabatan 1', { exact: true }).fill('Kepala panti');
	await yusuf.getByLabel('Nama 2', { exact: true }).fill('Pak Darto');
	await yusuf.getByLabel('Jabatan 2', { exact: true }).fill('Ketua yayasan');
	await shots(yusuf, 'visit-record');
	// Mistakes first: the days swapped and a position left out.
	await yusuf.getByLabel('Hari pertama').fill(last);
	await yusuf.getByLabel('Hari terakhir').fill(first);
	await yusuf.getByLabel('Jabatan 1', { exact: true }).fill('');
	await yusuf.getByRole('button', { name: 'Simpan catatan kunjungan' }).click();
	await expect(yusuf.getByText('Hari terakhir tidak boleh sebelum hari pertama.')).toBeVisible();
	await expect(yusuf.getByText('Jabatan wajib diisi.')).toBeVisible();
	// What was typed stays; only what is wrong is corrected.
	await expect(yusuf.getByLabel('Nama 2', { exact: true })).toHaveValue('Pak Darto');
	await shots(yusuf, 'visit-record-errors');
	await yusuf.getByLabel('Hari pertama').fill(first);
	await yusuf.getByLabel('Hari terakhir').fill(last);
	await yusuf.getByLabel('Jabatan 1', { exact: true }).fill('Kepala panti');
	await yusuf.getByRole('button', { name: 'Simpan catatan kunjungan' }).click();
	await expect(yusuf.getByRole('status')).toContainText('Catatan kunjungan disimpan');

	const dates = formatVisitDates({ startedOn: first, endedOn: last });
	await yusuf.goto(`/penilaian/${id}`);
	await waitForApp(yusuf);
	await expect(yusuf.getByText(dates)).toBeVisible();
	yusuf.once('dialog', (d) => d.accept());
	await yusuf.getByRole('button', { name: 'Ajukan untuk ditinjau' }).click();
	await expect(yusuf.getByRole('status')).toContainText('Penilaian diajukan');

	// Submitted: the record is read-only, for the lead too, and the action refuses a post.
	await yusuf.goto(`/penilaian/${id}/kunjungan`);
	await expect(yusuf.getByRole('button', { name: 'Simpan catatan kunjungan' })).toHaveCount(0);
	await expect(yusuf.getByRole('cell', { name: 'Pak Darto' })).toBeVisible();
	await shots(yusuf, 'visit-record-read');

	await dinas.goto(`/penilaian/${id}/tinjau`);
	await waitForApp(dinas);
	await dinas.getByRole('button', { name: 'Finalkan dan terbitkan hasil' }).click();
	await dinas
		.getByRole('dialog', { name: /Finalkan penilaian/ })
		.getByRole('button', { name: 'Ya, finalkan' })
		.click();
	await expect(dinas.getByRole('status')).toContainText('difinalkan');

	const report = await pdfText(dinas, `/penilaian/${id}/laporan.pdf`);
	expect(report).toMatch(new RegExp(`Tanggal visitasi\\s+${dates}`));
	expect(report).toContain('Ibu Ratna Dewi (Kepala panti), Pak Darto (Ketua yayasan)');
	expect(report).toMatch(/Tim yang hadir\s+Yusuf Asesor \(Demo\)/);
	const certificate = await pdfText(dinas, `/penilaian/${id}/sertifikat.pdf`);
	expect(certificate).toMatch(new RegExp(`Visitasi\\s+${dates}`));
});

test('the Dinas replaces the lead; the new lead records the visit, the old one no longer can', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const dinas = await signedInPage(browser, 'dinas.jepara', LANDSCAPE);
	const id = await scheduleVisit(dinas, {
		from: '/panti',
		panti: 0,
		lead: 'Yusuf Asesor (Demo)',
		members: ['Budi Asesor (Demo)']
	});
	await dinas.getByRole('link', { name: 'Ubah tim' }).click();
	await waitForApp(dinas);
	await expect(dinas.getByLabel('Ketua tim')).toHaveValue(/\d+/);
	await dinas.getByLabel('Ketua tim').selectOption({ label: 'Sari Asesor (Demo)' });
	await dinas.getByLabel('Yusuf Asesor (Demo)').check();
	await shots(dinas, 'team-change');
	await dinas.getByRole('button', { name: 'Simpan tim' }).click();
	await expect(dinas.getByRole('status')).toContainText('Tim penilai disimpan');

	await dinas.goto(`/penilaian/${id}`);
	const row = (name: string) => dinas.getByRole('row', { name: new RegExp(name) });
	await expect(row('Sari Asesor')).toContainText('Ketua tim');
	await expect(row('Yusuf Asesor')).toContainText('Anggota');
	await expect(row('Budi Asesor')).toContainText('Anggota');
	await dinas.goto(`/penilaian/${id}/riwayat`);
	await expect(dinas.locator('main')).toContainText('Sari Asesor (Demo)');

	// Yusuf reads the visit record page but has no form any more; Sari, the new lead, records it.
	const yusuf = await signedInPage(browser, 'asesor.yusuf', LANDSCAPE);
	await yusuf.goto(`/penilaian/${id}/kunjungan`);
	await expect(yusuf.getByText('Ketua tim belum mengisi catatan kunjungan.')).toBeVisible();
	const sari = await signedInPage(browser, 'asesor.sari', LANDSCAPE);
	await sari.goto(`/penilaian/${id}/kunjungan`);
	await waitForApp(sari);
	await expect(sari.getByRole('button', { name: 'Simpan catatan kunjungan' })).toBeVisible();
	// The team page is not theirs: it does not exist for an assessor.
	const res = await sari.request.get(`/penilaian/${id}/tim`);
	expect(res.status()).toBe(404);
});
