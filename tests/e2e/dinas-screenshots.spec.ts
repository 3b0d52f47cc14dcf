import { expect, test } from '@playwright/test';
import { markReturned, schedule } from './dinas-helpers';
import { login, waitForApp } from './helpers';

// The screens issue 18 changed for a Dinas Sosial, at the two tablet sizes (tests/screenshots/,
// not committed), for a person to look at.
const sizes = [
	{ name: 'landscape', width: 1024, height: 768 },
	{ name: 'portrait', width: 800, height: 1280 }
];

for (const size of sizes) {
	test(`dinas screenshots ${size.name} ${size.width}x${size.height}`, async ({ browser }) => {
		test.setTimeout(120_000);
		const context = await browser.newContext({
			viewport: { width: size.width, height: size.height }
		});
		const page = await context.newPage();
		const shot = (name: string, fullPage = true) =>
			page.screenshot({ path: `tests/screenshots/${size.name}-dinas-${name}.png`, fullPage });

		await login(page, 'dinas.kutim');
		await page.goto('/penilaian?status=returned');
		if ((await page.locator('tbody tr').count()) === 0) markReturned((await schedule(page)).id);
		await page.goto('/penilaian');
		await expect(page.locator('tbody .badge').first()).toHaveText('Dikembalikan');
		await shot('penilaian-list');

		await page.goto('/kepala-panti?panti=Demo');
		await shot('kepala-panti');
		await page
			.getByRole('link', { name: /Atur ulang sandi/ })
			.first()
			.click();
		await shot('kepala-reset');
		await page.goto('/panti/baru');
		await shot('panti-new-preselected', false);

		await context.clearCookies();
		await login(page, 'dinas.kaltim');
		await page.goto('/panti');
		await waitForApp(page);
		const boxes = page.getByRole('checkbox', { name: /untuk dibandingkan/ });
		for (let i = 0; i < 6; i++) await boxes.nth(i).check();
		await shot('registry-too-many', false);
		await boxes.nth(5).uncheck();
		await boxes.nth(4).uncheck();
		await boxes.nth(3).uncheck();
		await shot('registry-selected', false);
		await page.getByRole('button', { name: 'Bandingkan (3)' }).click();
		await page.getByTestId('compare-legend').waitFor();
		await shot('compare');
		await page.goto('/dasbor');
		await shot('dashboard');

		await context.clearCookies();
		await login(page, 'dinas.diy');
		await page.goto('/panti?regionCode=34.04');
		const existing = (await page.locator('tbody td a').first().textContent())!.trim();
		await page.goto('/panti/baru');
		await waitForApp(page);
		await page.getByLabel('Nama panti').fill(existing);
		await page.getByLabel('Jenis panti').selectOption('anak');
		await page.getByLabel('Kepemilikan').selectOption('masyarakat');
		await page.getByLabel('Alamat').fill('Jl. Contoh No. 1 (fiktif)');
		await page.getByLabel('Kabupaten/kota').selectOption('34.04');
		await page.getByLabel('Kapasitas (orang)').fill('30');
		await page.getByLabel('Jumlah klien saat ini').fill('24');
		await page.getByLabel('Anak Terlantar', { exact: true }).check();
		await page.getByRole('button', { name: 'Simpan panti' }).click();
		await page.getByRole('button', { name: 'Tetap daftarkan' }).scrollIntoViewIfNeeded();
		await shot('panti-duplicate', false);
		await context.close();
	});
}
