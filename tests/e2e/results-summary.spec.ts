import { expect, test, type Page } from '@playwright/test';
import { login, waitForApp } from './helpers';

// kepala.kutim's panti: its latest visit was finalized with an A (demo history), over the
// standar khusus anak, whose top descriptors build on level 3 ("Level 3 terpenuhi, …").

async function openResult(page: Page) {
	await login(page, 'kepala.kutim');
	await page.getByRole('link', { name: 'Lihat hasil lengkap' }).click();
	await page.waitForURL(/\/penilaian\/\d+\/hasil$/);
	await waitForApp(page);
}

test('the results page leads with the grade in words and the steps that matter', async ({
	page
}) => {
	await openResult(page);
	await expect(page.getByTestId('grade')).toHaveText('A (Baik Sekali)');
	await expect(page.getByTestId('grade-meaning')).toContainText('Peringkat tertinggi');
	await expect(page.getByTestId('grade-meaning')).toContainText(/berlaku 5 tahun/);

	const steps = page.getByTestId('next-steps');
	const items = steps.getByRole('listitem');
	expect(await items.count()).toBeGreaterThan(0);
	expect(await items.count()).toBeLessThanOrEqual(3);
	// Each step names the level to reach, what that level says, and the points it brings.
	await expect(items.first()).toContainText(/Naikkan dari level \d ke level \d/);
	await expect(items.first()).toContainText(/\+\d+(,\d+)? poin/);
	await expect(items.first().locator('.target')).toContainText(/Level \d: \S+/);

	// "poin" explained on a tap (no hover on a tablet).
	await steps.locator('summary', { hasText: 'Apa itu poin?' }).click();
	await expect(steps.getByText(/Poin adalah persen nilai total/)).toBeVisible();
});

test('the full matrix is collapsed by default and filters by below expected, critical, all', async ({
	page
}) => {
	await openResult(page);
	const matrix = page.getByTestId('matrix');
	await expect(matrix).toHaveJSProperty('open', false);
	await expect(matrix.getByRole('table')).toBeHidden();
	await matrix.locator(':scope > summary').click();
	await expect(matrix.getByRole('table')).toBeVisible();

	const rows = matrix.locator('tbody tr');
	const count = async () => Number((await matrix.getByRole('status').textContent())!.split(' ')[0]);
	const below = await count();
	await expect(rows).toHaveCount(Math.max(below, 1));

	await matrix.getByLabel('Semua butir').check();
	const all = await count();
	expect(all).toBeGreaterThan(below);
	await expect(rows).toHaveCount(all);
	// Reached levels are marked, and a descriptor that builds on level 3 shows level 3's text.
	await expect(matrix.getByText('Sudah tercapai').first()).toBeVisible();
	await expect(matrix.getByText(/^Yang dimaksud level 3:/).first()).toBeVisible();

	await matrix.getByLabel('Syarat wajib').check();
	const critical = await count();
	expect(critical).toBeGreaterThan(0);
	expect(critical).toBeLessThan(all);
	await expect(rows).toHaveCount(critical);
	for (const text of await rows.locator('td:first-child').allTextContents())
		expect(text).toMatch(/Syarat wajib/);
});

const sizes = [
	{ name: 'landscape', width: 1024, height: 768 },
	{ name: 'portrait', width: 800, height: 1280 }
];

for (const size of sizes) {
	test(`results summary and plan page screenshots ${size.name}`, async ({ browser }) => {
		const context = await browser.newContext({
			viewport: { width: size.width, height: size.height }
		});
		const page = await context.newPage();
		const shot = (name: string, fullPage = true) =>
			page.screenshot({ path: `tests/screenshots/${size.name}-${name}.png`, fullPage });
		await openResult(page);
		await shot('results-summary', false);
		await page.getByTestId('matrix').locator(':scope > summary').click();
		await page.getByTestId('matrix').scrollIntoViewIfNeeded();
		await shot('results-matrix', false);
		await page.goto('/beranda');
		await shot('panti-head-home-summary', false);
		await page.goto('/rencana');
		await page.waitForURL(/\/rencana\/\d+$/);
		await waitForApp(page);
		await shot('plan-top', false);
		await shot('plan-list');
		await page.getByRole('article').nth(1).getByRole('link', { name: /^Ubah/ }).click();
		await page.getByRole('article').nth(1).getByLabel('Catatan kemajuan').waitFor();
		await shot('plan-open-form', false);
		await context.close();
	});
}
