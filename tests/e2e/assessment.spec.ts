import { expect, test, type Page } from '@playwright/test';
import {
	cameraPhoto,
	declareNoConflict,
	KUTIM_LKSA_VISIT,
	login,
	scheduleAs,
	waitForApp
} from './helpers';

const level = (page: Page, code: string, n: number) =>
	page.locator(`#butir-${code}`).getByRole('radio').nth(n);

/** Opens an aspect section of the scoring page (only open aspects render their indicators). */
const openAspect = (page: Page, code: string) =>
	page.getByRole('button', { name: new RegExp(`^▸ ${code} · `) }).click();

test('assessors score on a tablet: autosave, reload keeps every tap, a stale edit shows the newer value', async ({
	browser
}) => {
	const id = await scheduleAs(browser, 'dinas.kutim', KUTIM_LKSA_VISIT);

	const a = await browser.newContext({ viewport: { width: 800, height: 1280 } });
	const rina = await a.newPage();
	await login(rina, 'asesor.rina');
	await rina
		.getByRole('link', { name: /LKSA Demo/ })
		.first()
		.click();
	// Before the first score, each member declares no conflict of interest with the panti.
	const early = await rina.request.post(`/api/penilaian/${id}/skor`, {
		data: { code: 'KEL-01', level: 3, notApplicable: false, note: '', version: 0 }
	});
	expect(early.status()).toBe(403);
	expect(await early.text()).toContain('konflik kepentingan');
	await rina.getByRole('link', { name: 'Isi pernyataan konflik kepentingan' }).click();
	await waitForApp(rina);
	await rina.getByRole('button', { name: 'Nyatakan dan mulai menilai' }).click();
	await expect(
		rina.getByText('Centang pernyataan bahwa Anda tidak memiliki konflik kepentingan.')
	).toBeVisible();
	await rina.getByLabel(/Saya menyatakan tidak memiliki konflik kepentingan/).check();
	await rina.getByRole('button', { name: 'Nyatakan dan mulai menilai' }).click();
	await expect(rina).toHaveURL(new RegExp(`/penilaian/${id}/nilai`));
	await waitForApp(rina);
	await expect(rina.getByTestId('save-state')).toContainText('tersimpan otomatis');

	await level(rina, 'KEL-01', 3).click();
	await expect(level(rina, 'KEL-01', 3)).toHaveAttribute('aria-checked', 'true');
	await expect(rina.getByTestId('save-state')).toHaveText(/Tersimpan/);
	await level(rina, 'KEL-02', 2).click();
	await rina.locator('#catatan-KEL-02').fill('Visi misi tertempel di ruang tamu.');
	await rina.locator('#catatan-KEL-02').blur();
	await openAspect(rina, 'SDM');
	await level(rina, 'SDM-01', 4).click();
	await expect(rina.getByTestId('save-state')).toHaveText(/Tersimpan/);

	await rina.reload();
	await waitForApp(rina);
	await openAspect(rina, 'SDM');
	await expect(level(rina, 'KEL-01', 3)).toHaveAttribute('aria-checked', 'true');
	await expect(level(rina, 'KEL-02', 2)).toHaveAttribute('aria-checked', 'true');
	await expect(level(rina, 'SDM-01', 4)).toHaveAttribute('aria-checked', 'true');
	await expect(rina.locator('#catatan-KEL-02')).toHaveValue('Visi misi tertempel di ruang tamu.');
	await expect(rina.getByText(/3 dari \d+ butir/)).toBeVisible();

	// Budi scores on his own sheet: no interference with Rina's.
	const b = await browser.newContext();
	const budi = await b.newPage();
	await login(budi, 'asesor.budi');
	await declareNoConflict(budi, id);
	await waitForApp(budi);
	await expect(level(budi, 'KEL-01', 3)).toHaveAttribute('aria-checked', 'false');
	await level(budi, 'KEL-01', 1).click();
	await expect(budi.getByTestId('save-state')).toHaveText(/Tersimpan/);

	// Rina on a second device, opened before her first device changes KEL-03.
	const c = await browser.newContext();
	const rina2 = await c.newPage();
	await login(rina2, 'asesor.rina');
	await rina2.goto(`/penilaian/${id}/nilai`);
	await waitForApp(rina2);
	await level(rina, 'KEL-03', 4).click();
	await expect(rina.getByTestId('save-state')).toHaveText(/Tersimpan/);
	await level(rina2, 'KEL-03', 1).click();
	const conflict = rina2.locator('#butir-KEL-03').getByRole('alert');
	await expect(conflict).toContainText('sudah diubah oleh Rina Asesor (Demo)');
	await expect(conflict).toContainText('level 4');
	await conflict.getByRole('button', { name: 'Pakai nilai tersebut' }).click();
	await expect(level(rina2, 'KEL-03', 4)).toHaveAttribute('aria-checked', 'true');
	await rina.reload();
	await expect(level(rina, 'KEL-03', 4)).toHaveAttribute('aria-checked', 'true');

	// The results page shows the engine's provisional figures for the lead's sheet.
	await rina.goto(`/penilaian/${id}/hasil`);
	await expect(rina.getByTestId('provisional')).toContainText('sementara');
	await expect(rina.getByTestId('total')).toHaveText(/%$/);
	await expect(rina.locator('svg[role="img"]')).toBeVisible();
	await rina.screenshot({ path: 'tests/screenshots/portrait-results.png', fullPage: true });
	await a.close();
	await b.close();
	await c.close();
});

test('an assessor not on the team cannot open the sheet nor save through the API', async ({
	browser,
	page
}) => {
	const id = await scheduleAs(browser, 'dinas.kutim', KUTIM_LKSA_VISIT);
	await login(page, 'asesor.sari');
	expect((await page.goto(`/penilaian/${id}/nilai`))?.status()).toBe(404);
	expect((await page.goto(`/penilaian/${id}`))?.status()).toBe(404);
	const res = await page.request.post(`/api/penilaian/${id}/skor`, {
		data: { code: 'KEL-01', level: 0, notApplicable: false, note: '', version: 0 }
	});
	expect(res.status()).toBe(404);
});

test('scoring page at tablet sizes', async ({ browser }) => {
	const id = await scheduleAs(browser, 'dinas.kutim', KUTIM_LKSA_VISIT);
	for (const [name, width, height] of [
		['landscape', 1024, 768],
		['portrait', 800, 1280]
	] as const) {
		const context = await browser.newContext({ viewport: { width, height } });
		const page = await context.newPage();
		await login(page, 'asesor.rina');
		if (name === 'landscape') await declareNoConflict(page, id);
		await page.goto(`/penilaian/${id}/nilai`);
		await waitForApp(page);
		await level(page, 'KEL-01', 3).click();
		await page.screenshot({ path: `tests/screenshots/${name}-scoring.png` });
		await context.close();
	}
});

test('the lead sees both sheets side by side with agreement figures and sets the consolidated level', async ({
	browser
}) => {
	test.setTimeout(60_000); // two sign-ins and two saves: slow on a loaded machine
	const id = await scheduleAs(browser, 'dinas.kutim', KUTIM_LKSA_VISIT);
	const post = (page: Page, code: string, level: number) =>
		page.request.post(`/api/penilaian/${id}/skor`, {
			data: { code, level, notApplicable: false, note: '', version: 0 }
		});
	const b = await browser.newContext();
	const budi = await b.newPage();
	await login(budi, 'asesor.budi');
	await declareNoConflict(budi, id);
	expect((await post(budi, 'KEL-01', 3)).status()).toBe(200);
	expect((await post(budi, 'KEL-02', 1)).status()).toBe(200);
	// Budi is a member, not the lead: no consolidation page for him.
	expect((await budi.goto(`/penilaian/${id}/konsolidasi`))?.status()).toBe(404);

	const a = await browser.newContext();
	const rina = await a.newPage();
	await login(rina, 'asesor.rina');
	await declareNoConflict(rina, id);
	expect((await post(rina, 'KEL-01', 3)).status()).toBe(200);
	expect((await post(rina, 'KEL-02', 4)).status()).toBe(200);
	await rina.goto(`/penilaian/${id}`);
	await rina.getByRole('link', { name: 'Konsolidasi tim' }).click();
	await waitForApp(rina);
	// KEL-01 agrees, KEL-02 is 3 levels apart: 50 % exact agreement, one item flagged.
	await expect(rina.getByTestId('exact')).toHaveText('50%');
	await expect(rina.getByTestId('far')).toHaveText('1');
	const row = rina.getByRole('article', { name: /KEL-02/ });
	await expect(row.getByText('Selisih ≥ 2 level')).toBeVisible();
	// Proposal: the lower median of 4 and 1 → 1, shown but not chosen: 3 levels apart, the lead decides.
	await expect(row.getByRole('combobox')).toHaveValue('');
	await expect(row.getByText('Usulan sistem: 1')).toBeVisible();
	await row.getByRole('combobox').selectOption('3');
	await row.getByLabel('Alasan (wajib)').fill('Visi misi terpasang dan dipahami pengasuh.');
	await rina.getByRole('button', { name: 'Simpan konsolidasi' }).click();
	await expect(rina.getByRole('status')).toContainText('Nilai konsolidasi tersimpan');
	await expect(rina.getByRole('article', { name: /KEL-02/ }).getByRole('combobox')).toHaveValue(
		'3'
	);
	// Where the team agrees the proposal stood and was saved with the rest.
	await rina.getByRole('button', { name: /^Semua/ }).click();
	await expect(rina.getByRole('article', { name: /KEL-01/ }).getByRole('combobox')).toHaveValue(
		'3'
	);
	await rina.screenshot({ path: 'tests/screenshots/landscape-consolidation.png' });
	await a.close();
	await b.close();
});

test('evidence: a photo is downscaled on the device, a renamed text file is refused, outsiders cannot fetch it', async ({
	browser
}) => {
	const id = await scheduleAs(browser, 'dinas.kutim', KUTIM_LKSA_VISIT);
	const a = await browser.newContext();
	const rina = await a.newPage();
	await login(rina, 'asesor.rina');
	await declareNoConflict(rina, id);
	await waitForApp(rina);

	// A real 3200 × 2400 JPEG, as a tablet camera would produce.
	const photo = await cameraPhoto(rina);
	const item = rina.locator('#butir-KEL-01');
	await item.getByLabel('Pilih berkas').setInputFiles({
		name: 'papan-nama.jpg',
		mimeType: 'image/jpeg',
		buffer: photo
	});
	const link = item.getByRole('link', { name: /papan-nama\.jpg/ });
	await expect(link).toBeVisible();
	const href = (await link.getAttribute('href'))!;
	const size = await rina.evaluate(async (u) => {
		const blob = await (await fetch(u)).blob();
		const bmp = await createImageBitmap(blob);
		return { w: bmp.width, h: bmp.height, type: blob.type };
	}, href);
	expect(size).toEqual({ w: 1600, h: 1200, type: 'image/jpeg' });

	await item.getByLabel('Pilih berkas').setInputFiles({
		name: 'catatan.jpg',
		mimeType: 'image/jpeg',
		buffer: Buffer.from('ini sebenarnya berkas teks, bukan foto')
	});
	await expect(item.getByRole('alert')).toContainText('Jenis berkas tidak didukung');
	await expect(item.getByRole('link', { name: /catatan/ })).toHaveCount(0);

	const o = await browser.newContext();
	const sari = await o.newPage();
	await login(sari, 'asesor.sari');
	expect((await sari.request.get(href)).status()).toBe(404);
	const anonymous = await browser.newContext();
	expect((await anonymous.request.get(href)).status()).toBe(404);
	await a.close();
	await o.close();
	await anonymous.close();
});
