import { expect, test } from '@playwright/test';
import { login } from './helpers';

/** The id of the panti a head lands on. */
async function headPantiId(
	page: import('@playwright/test').Page,
	username: string
): Promise<string> {
	await login(page, username);
	// A head's registry link redirects to their own panti page.
	await page.goto('/panti');
	return page.url().split('/').pop()!;
}

test('a panti head opening another panti by URL is refused and learns nothing', async ({
	browser
}) => {
	const a = await browser.newContext();
	const banjarmasinId = await headPantiId(await a.newPage(), 'kepala.banjarmasin');
	await a.close();

	const b = await browser.newContext();
	const page = await b.newPage();
	await login(page, 'kepala.kutim');
	const response = await page.goto(`/panti/${banjarmasinId}`);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Halaman tidak ditemukan' })).toBeVisible();
	await expect(page.getByText('Banjarmasin')).toHaveCount(0);
	// Same answer as for a panti that does not exist.
	expect((await page.goto('/panti/999999'))?.status()).toBe(404);
	// The registry list and the edit form are closed to a head too.
	await page.goto('/panti');
	await expect(page).toHaveURL(/\/panti\/\d+$/);
	expect((await page.goto(`/panti/${banjarmasinId}/ubah`))?.status()).toBe(403);
	await b.close();
});

test('a province dinas cannot open another province’s panti', async ({ browser }) => {
	const a = await browser.newContext();
	const banjarmasinId = await headPantiId(await a.newPage(), 'kepala.banjarmasin');
	await a.close();

	const b = await browser.newContext();
	const page = await b.newPage();
	await login(page, 'dinas.kaltim');
	for (const path of [
		`/panti/${banjarmasinId}`,
		`/panti/${banjarmasinId}/ubah`,
		`/panti/${banjarmasinId}/riwayat`
	]) {
		expect((await page.goto(path))?.status(), path).toBe(404);
	}
	// Posting the edit form directly is refused as well, and changes nothing.
	const post = await page.request.post(`/panti/${banjarmasinId}/ubah`, {
		form: { version: '1', name: 'Diambil alih' },
		headers: { origin: new URL(page.url()).origin }
	});
	expect(post.status()).toBe(404);
	await b.close();

	const c = await browser.newContext();
	const head = await c.newPage();
	await login(head, 'kepala.banjarmasin');
	await expect(head.getByRole('heading', { level: 1 })).not.toHaveText('Diambil alih');
	await c.close();
});

test('non-admins cannot reach user management', async ({ page }) => {
	await login(page, 'dinas.kaltim');
	expect((await page.goto('/admin/pengguna'))?.status()).toBe(403);
	expect((await page.goto('/admin/pengguna/1'))?.status()).toBe(403);
	const post = await page.request.post('/admin/pengguna/baru?/simpan', {
		form: { name: 'Penyusup', username: 'penyusup', role: 'admin', password: 'penyusup-12345' },
		headers: { origin: new URL(page.url()).origin }
	});
	expect(post.status()).toBe(403);
});
