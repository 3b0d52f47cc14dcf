import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { pdfPages } from '../support/pdf-inspect';
import { LANDSCAPE, PORTRAIT, signedInPage, waitForApp } from './helpers';

// The regional gap analysis (issue 17) on the demo world: Kutai Timur has one LKSA whose latest
// finalized visit is on instrument 2.0.0; the province of Kalimantan Timur has four panti of four
// types with a finalized visit.

/** The indicator table's rows as text, cell by cell. */
async function tableRows(page: Page): Promise<string[][]> {
	return page
		.getByTestId('gap-indicators')
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows.map((r) => [...r.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim()))
		);
}

/** Downloads the analysis PDF from the page's button; its text, page by page joined. */
async function pdfText(page: Page): Promise<{ name: string; text: string }> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Unduh PDF untuk Bappeda/DPRD' }).click()
	]);
	const { pages } = await pdfPages(readFileSync(await download.path()));
	return { name: download.suggestedFilename(), text: pages.join('\n') };
}

/** Whether the page itself scrolls sideways (wide tables scroll inside their own box). */
const scrollsSideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test('a kab/kota Dinas sees the gaps of its own panti, with the matrix and its CSV', async ({
	browser
}) => {
	const page = await signedInPage(browser, 'dinas.kutim');
	await page.getByRole('link', { name: 'Analisis wilayah' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(
		'Kabupaten Kutai Timur, Kalimantan Timur'
	);
	const summary = page.getByTestId('gap-summary');
	await expect(summary).toContainText('Anak');
	// The version with the most panti is chosen (other specs may have finalized a newer visit).
	const chosen = await page.getByLabel('Versi instrumen').locator('option:checked').textContent();
	await expect(summary).toContainText(/\d+\.\d+\.\d+/.exec(chosen ?? '')![0]);
	await expect(summary).toContainText('1 panti');
	// One panti: every gap is that panti's, so each row reads "1 dari 1".
	const rows = await tableRows(page);
	expect(rows.length).toBeGreaterThan(0);
	for (const r of rows) expect(r[2]).toBe('1 dari 1');
	// Decimals with a comma.
	expect(rows.some((r) => /,\d/.test(r[4]!))).toBe(true);
	// The matrix: the first dimension open, with its staged actions and the panti they serve.
	const first = page.locator('details.dimension').first();
	await expect(first).toHaveAttribute('open', '');
	await expect(first.getByText('Kondisi yang ada').first()).toBeVisible();
	await expect(first.getByText(/Jangka pendek/).first()).toBeVisible();
	await expect(first.getByText(/untuk 1 panti/).first()).toBeVisible();
	// Two charts from the one renderer.
	await expect(page.locator('.chart svg')).toHaveCount(2);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Unduh CSV' }).click()
	]);
	expect(download.suggestedFilename()).toBe('analisis-wilayah-kabupaten-kutai-timur-anak.csv');
	const csv = readFileSync(await download.path(), 'utf8');
	expect(csv.charCodeAt(0)).toBe(0xfeff);
	const lines = csv.slice(1).trimEnd().split('\r\n');
	expect(lines[0]).toBe(
		'Kode;Indikator;Aspek;Dimensi;Level diharapkan;Panti dinilai;Panti di bawah harapan;' +
			'Panti di bawah harapan (%);Rata-rata kesenjangan (level);Poin yang dipertaruhkan'
	);
	// The same indicators in the same order as the page, with the same numbers.
	expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual(rows.map((r) => r[0]!.split(' ')[0]));
	const firstRow = lines[1]!.split(';');
	expect(firstRow.slice(5, 7)).toEqual(['1', '1']);
	expect(firstRow[9]!.replaceAll('"', '')).toBe(rows[0]![4]);

	// The PDF for Bappeda and DPRD says the same: scope, type, the first gap with "1 dari 1".
	const pdf = await pdfText(page);
	expect(pdf.name).toBe('analisis-wilayah-kabupaten-kutai-timur-anak.pdf');
	expect(pdf.text).toContain('Analisis Kesenjangan Wilayah');
	expect(pdf.text).toContain('Kabupaten Kutai Timur, Kalimantan Timur');
	expect(pdf.text).toContain(rows[0]![0]!.split(' ')[0]!);
	expect(pdf.text).toContain('1 dari 1');
	expect(pdf.text).toContain('Kondisi yang diharapkan');
	expect(pdf.text).toMatch(/Jangka (pendek|menengah|panjang)/);
	await page.context().close();
});

test('a province Dinas sees its province and narrows to Kutai Timur', async ({ browser }) => {
	const page = await signedInPage(browser, 'dinas.kaltim');
	await page.goto('/analisis-wilayah?jenis=anak');
	await waitForApp(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Provinsi Kalimantan Timur');
	const province = await pdfText(page);
	expect(province.name).toBe('analisis-wilayah-provinsi-kalimantan-timur-anak.pdf');
	expect(province.text).toContain('Provinsi Kalimantan Timur');
	await page.getByLabel('Wilayah').selectOption({ label: 'Kabupaten Kutai Timur (1 panti)' });
	await page.getByRole('button', { name: 'Terapkan' }).click();
	await expect(page).toHaveURL(/wilayah=64\.08/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(
		'Kabupaten Kutai Timur, Kalimantan Timur'
	);
	const narrowed = await tableRows(page);

	// Kutai Timur's own Dinas reads the same numbers.
	const kutim = await signedInPage(browser, 'dinas.kutim');
	await kutim.goto('/analisis-wilayah?jenis=anak');
	expect(await tableRows(kutim)).toEqual(narrowed);
	await kutim.context().close();
	await page.context().close();
});

test('a region outside the scope is refused, and a kepala panti is refused', async ({
	browser
}) => {
	const page = await signedInPage(browser, 'dinas.kutim');
	for (const wilayah of ['64.72', '64', '63'])
		expect((await page.goto(`/analisis-wilayah?wilayah=${wilayah}`))?.status(), wilayah).toBe(404);
	await expect(page.getByText('Samarinda')).toHaveCount(0);
	expect((await page.request.get('/analisis-wilayah/ekspor.csv?wilayah=64.72')).status()).toBe(404);
	expect((await page.request.get('/analisis-wilayah/laporan.pdf?wilayah=64')).status()).toBe(404);
	await page.context().close();

	const head = await signedInPage(browser, 'kepala.kutim');
	await expect(head.getByRole('link', { name: 'Analisis wilayah' })).toHaveCount(0);
	expect((await head.goto('/analisis-wilayah'))?.status()).toBe(403);
	expect((await head.request.get('/analisis-wilayah/ekspor.csv')).status()).toBe(403);
	expect((await head.request.get('/analisis-wilayah/laporan.pdf')).status()).toBe(403);
	await head.context().close();
});

test('an instrument version without data says so and points to the choices that have some', async ({
	browser
}) => {
	const page = await signedInPage(browser, 'dinas.kutim');
	await page.goto('/analisis-wilayah?jenis=anak');
	// A version no panti of the kab/kota is on now (which one depends on what other specs finalized).
	const versions = page.getByLabel('Versi instrumen').locator('option');
	const labels = await versions.allTextContents();
	await page
		.getByLabel('Versi instrumen')
		.selectOption({ label: labels.find((l) => l.includes('(0 panti)'))!.trim() });
	await page.getByRole('button', { name: 'Terapkan' }).click();
	const empty = page.getByTestId('gap-empty');
	await expect(empty).toContainText('Belum ada data untuk pilihan ini');
	await expect(empty).toContainText('Disabilitas (1 panti)');
	await expect(page.getByTestId('gap-indicators')).toHaveCount(0);
	// The suggestion leads to the analysis that has the data.
	await empty.getByRole('link', { name: /^Anak, / }).click();
	await expect(page.getByTestId('gap-summary')).toContainText('1 panti');
	await page.context().close();
});

// Screenshots for a person to look at (tests/screenshots/, not committed), and no sideways
// scrolling of the page at either tablet size.
for (const [name, size] of [
	['landscape', LANDSCAPE],
	['portrait', PORTRAIT]
] as const)
	test(`region gap screenshots ${name}`, async ({ browser }) => {
		test.setTimeout(90_000);
		const page = await signedInPage(browser, 'admin', size);
		await page.goto('/analisis-wilayah?jenis=anak');
		await waitForApp(page);
		expect(await scrollsSideways(page)).toBe(false);
		await page.screenshot({ path: `tests/screenshots/${name}-region-gap.png`, fullPage: true });
		await page.screenshot({ path: `tests/screenshots/${name}-region-gap-top.png` });
		// The parts below the fold, one screen each.
		for (const [part, heading] of [
			['charts', /paling umum/],
			['table', /Kesenjangan per butir/],
			['matrix', /Matriks kesenjangan/],
			['stages', /Tindakan bertahap/]
		] as const) {
			await page.getByText(heading).first().scrollIntoViewIfNeeded();
			await page.evaluate(() => window.scrollBy(0, -60));
			await page.screenshot({ path: `tests/screenshots/${name}-region-gap-${part}.png` });
		}
		await page.goto('/analisis-wilayah?jenis=abh&instrumen=3');
		await expect(page.getByTestId('gap-empty')).toBeVisible();
		expect(await scrollsSideways(page)).toBe(false);
		await page.screenshot({ path: `tests/screenshots/${name}-region-gap-empty.png` });
		await page.context().close();
	});
