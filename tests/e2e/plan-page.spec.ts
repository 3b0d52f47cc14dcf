import { expect, test, type Page } from '@playwright/test';
import { signedInPage, waitForApp } from './helpers';

// kepala.kutim's panti has a current improvement plan from its 2025 visit (demo history), with
// a few dozen actions: the page must stay a compact list, filterable, with bulk assignment.

async function openPlan(page: Page): Promise<string> {
	await page.goto('/rencana');
	await page.waitForURL(/\/rencana\/\d+$/);
	await waitForApp(page);
	return page.url();
}

const editForms = (page: Page) => page.locator('form[action="?/simpan"]');

test('the plan is a compact list: one form open at a time', async ({ browser }) => {
	const head = await signedInPage(browser, 'kepala.kutim');
	await openPlan(head);
	const rows = head.getByRole('article');
	expect(await rows.count()).toBeGreaterThan(5);
	await expect(editForms(head)).toHaveCount(0);

	await rows.nth(0).getByRole('link', { name: /^Ubah/ }).click();
	await expect(rows.nth(0).getByLabel('Catatan kemajuan')).toBeVisible();
	await expect(editForms(head)).toHaveCount(1);
	// Opening another closes the first.
	await rows.nth(2).getByRole('link', { name: /^Ubah/ }).click();
	await expect(rows.nth(2).getByLabel('Catatan kemajuan')).toBeVisible();
	await expect(editForms(head)).toHaveCount(1);
	await expect(rows.nth(0).getByLabel('Catatan kemajuan')).toHaveCount(0);
	await rows.nth(2).getByRole('link', { name: 'Tutup tanpa menyimpan' }).click();
	await expect(editForms(head)).toHaveCount(0);
});

test('filters live in the URL; bulk assignment changes exactly the selected actions', async ({
	browser
}) => {
	const head = await signedInPage(browser, 'kepala.kutim');
	const planUrl = await openPlan(head);
	const total = await head.getByRole('article').count();
	const filters = head.getByTestId('plan-filters');

	// Filter by status: the URL says so, and every row shown has that status.
	await filters.getByLabel('Status').selectOption({ label: 'Belum' });
	await expect(head).toHaveURL(/[?&]status=belum/);
	const rows = head.getByRole('article');
	const shown = await rows.count();
	expect(shown).toBeGreaterThan(3);
	expect(shown).toBeLessThanOrEqual(total);
	for (const badge of await head.locator('article header .badge:first-child').allTextContents())
		expect(badge).toBe('Belum');
	await expect(filters).toContainText(`${shown} dari ${total} tindakan`);

	// Select three of the rows shown and give them one owner and due date.
	const picked: string[] = [];
	for (const n of [0, 1, 3]) {
		const row = rows.nth(n);
		picked.push((await row.getAttribute('id'))!);
		await row.getByRole('checkbox').check();
	}
	const bulk = head.locator('#bulk-assign');
	await bulk.getByLabel('Penanggung jawab').fill('Tim Mutu Uji Massal');
	await bulk.getByLabel('Tenggat').fill('2027-09-30');
	await bulk.getByRole('button', { name: 'Tetapkan untuk 3 tindakan terpilih' }).click();
	await expect(bulk.getByRole('status')).toHaveText(
		'Penanggung jawab/tenggat ditetapkan untuk 3 tindakan.'
	);
	await expect(head).toHaveURL(/[?&]status=belum/);

	// Filtering by that owner shows exactly those three, with the due date.
	await filters.getByLabel('Status').selectOption({ label: 'Semua' });
	await filters.getByLabel('Penanggung jawab').selectOption({
		label: 'Tim Mutu Uji Massal (3)'
	});
	await expect(head).toHaveURL(/pj=Tim\+Mutu\+Uji\+Massal/);
	await expect(rows).toHaveCount(3);
	expect((await rows.evaluateAll((els) => els.map((e) => e.id))).sort()).toEqual(picked.sort());
	for (const id of picked) await expect(head.locator(`#${id}`)).toContainText(/30 Sep\S* 2027/);

	// A filter with no match says so and offers the whole plan.
	await head.goto(`${planUrl}?status=selesai&pj=Tim+Mutu+Uji+Massal`);
	await expect(head.getByRole('heading', { name: 'Tidak ada tindakan yang cocok' })).toBeVisible();
	await head.getByRole('link', { name: `Tampilkan semua ${total} tindakan` }).click();
	await expect(rows).toHaveCount(total);

	// Nothing selected: refused in Indonesian, nothing changed.
	await waitForApp(head);
	await bulk.getByLabel('Penanggung jawab').fill('Tidak boleh tersimpan');
	await bulk.getByRole('button', { name: /^Tetapkan untuk/ }).click();
	await expect(bulk.getByRole('alert')).toContainText('Pilih minimal satu tindakan.');
	await head.goto(planUrl);
	await expect(head.getByText('Tidak boleh tersimpan')).toHaveCount(0);
});

test('bulk assignment is refused on the server outside the plan scope', async ({ browser }) => {
	test.setTimeout(60_000); // four sign-ins, each hashing a password on purpose slowly
	const head = await signedInPage(browser, 'kepala.kutim');
	const planUrl = await openPlan(head);
	const first = head.getByRole('article').first();
	const value = await first.getByRole('checkbox').getAttribute('value');
	const post = (page: Page) =>
		page.request.post(`${planUrl}?/tetapkan`, {
			form: { actions: value!, owner: 'Penyusup', dueDate: '' },
			headers: { origin: new URL(planUrl).origin, accept: 'text/html' },
			maxRedirects: 0
		});
	// Another panti's head and an out-of-scope dinas: as if the plan did not exist.
	for (const username of ['kepala.banjarmasin', 'dinas.kalsel']) {
		const other = await signedInPage(browser, username);
		expect((await post(other)).status()).toBe(404);
	}
	// An assessor may read a plan of their visit, never change it.
	const asesor = await signedInPage(browser, 'asesor.rina');
	expect([403, 404]).toContain((await post(asesor)).status());
	await head.reload();
	await expect(head.getByText('Penyusup')).toHaveCount(0);
});
