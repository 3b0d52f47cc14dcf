import { test } from '@playwright/test';
import { login } from './helpers';

// Screenshots at the two tablet sizes, for a person to look at (tests/screenshots/, not committed).
const sizes = [
	{ name: 'landscape', width: 1024, height: 768 },
	{ name: 'portrait', width: 800, height: 1280 }
];

for (const size of sizes) {
	test(`screenshots ${size.name} ${size.width}x${size.height}`, async ({ browser }) => {
		test.setTimeout(90_000); // four roles, about twenty full-page screenshots
		const context = await browser.newContext({
			viewport: { width: size.width, height: size.height }
		});
		const page = await context.newPage();
		const shot = (name: string) =>
			page.screenshot({ path: `tests/screenshots/${size.name}-${name}.png`, fullPage: true });
		await page.goto('/login');
		await shot('login');
		await login(page, 'dinas.kaltim');
		await shot('panti-list');
		await page.locator('tbody a').first().click();
		await shot('panti-detail');
		const detail = page.url();
		await page.goto('/dasbor');
		await shot('dashboard');
		await page.goto('/rencana');
		await shot('plan-progress');
		await page.goto('/panti/bandingkan?q=Demo');
		for (const k of [1, 2, 3]) {
			await page.getByRole('button', { name: 'Tambah' }).first().click();
			await page.getByRole('heading', { name: `Panti yang dibandingkan (${k}/5)` }).waitFor();
			await page.goto(`${page.url()}&q=Demo`);
		}
		await shot('compare');
		await page.goto(detail);
		await page.getByRole('link', { name: 'Ubah data' }).click();
		await shot('panti-edit');
		await context.clearCookies();
		await login(page, 'admin');
		await shot('users');
		await context.clearCookies();
		// The panti head's home with the PDF downloads, the results page, and the public check.
		await login(page, 'kepala.kutim');
		await shot('panti-head-home');
		await page
			.getByRole('navigation', { name: 'Navigasi utama' })
			.getByRole('link', { name: 'Rencana perbaikan' })
			.click();
		await page.waitForURL(/\/rencana\/\d+/);
		await shot('plan');
		await page.goto('/panti');
		await shot('panti-head-panti');
		// The newest accreditation with a certificate (other specs may leave a newer Tidak Terakreditasi).
		await page
			.getByTestId('pdf-links')
			.filter({ has: page.getByRole('link', { name: /sertifikat/i }) })
			.first()
			.locator('xpath=ancestor::li')
			.getByRole('link')
			.first()
			.click();
		const code = await page.getByRole('link', { name: /^\/verifikasi\// }).getAttribute('href');
		await page.getByRole('link', { name: 'Lihat hasil' }).click();
		await shot('results-finalized');
		await context.clearCookies();
		await page.goto(code!);
		await shot('verification');
		await context.close();
	});
}
