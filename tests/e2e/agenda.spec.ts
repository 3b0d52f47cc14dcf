import { expect, test, type Page } from '@playwright/test';
import { LANDSCAPE, PORTRAIT, signedInPage, waitForApp } from './helpers';

// The regional agenda (issue 17): what government and partners are to do for the panti of a
// region. The demo's finalized visits fill Kutai Timur's agenda (kepala.kutim's community panti)
// and the province's (a daerah-owned panti in Samarinda); Samarinda's own agenda stays empty.

const editForms = (page: Page) => page.locator('form[action$="/simpan"]');

async function openAgenda(page: Page, query = ''): Promise<void> {
	await page.goto(`/agenda${query}`);
	await waitForApp(page);
}

test('a kab/kota Dinas follows its agenda: overdue first, the panti served, one update saved', async ({
	browser
}) => {
	const dinas = await signedInPage(browser, 'dinas.kutim');
	await dinas.getByRole('navigation').getByRole('link', { name: 'Agenda wilayah' }).click();
	await expect(dinas).toHaveURL(/\/agenda$/);
	await waitForApp(dinas);
	await expect(dinas.getByRole('heading', { level: 1 })).toContainText('Kabupaten Kutai Timur');
	// A kab/kota Dinas keeps one agenda: there is nothing to switch to.
	await expect(dinas.getByLabel('Agenda', { exact: true })).toHaveCount(0);

	const rows = dinas.getByRole('article');
	const total = await rows.count();
	expect(total).toBeGreaterThan(5);
	// The demo visits are from 2025: some short-horizon actions are already late, and come first.
	await expect(dinas.getByRole('heading', { level: 3 }).first()).toContainText('Terlambat');
	await expect(rows.first().locator('.badge.late')).toHaveText('Terlambat');
	const first = rows.first();
	await expect(first).toContainText('Melayani 1 panti');
	await expect(first.getByRole('link', { name: 'LKSA Demo Harapan Bangsa 1' })).toBeVisible();
	await expect(first.getByRole('link', { name: /^akreditasi / })).toBeVisible();
	await expect(editForms(dinas)).toHaveCount(0);

	const id = (await first.getAttribute('id'))!;
	await first.getByRole('link', { name: /^Ubah/ }).click();
	await expect(dinas).toHaveURL(/[?&]ubah=\d+/);
	await expect(editForms(dinas)).toHaveCount(1);
	const row = dinas.locator(`#${id}`);
	await row.getByLabel('Status').selectOption({ label: 'Proses' });
	await row.getByLabel('Catatan kemajuan').fill('Surat ke Bappeda sudah dikirim (uji agenda).');
	await row.getByRole('button', { name: 'Simpan' }).click();
	await expect(row.getByRole('status')).toHaveText('Perubahan tersimpan.');
	await expect(editForms(dinas)).toHaveCount(0);

	// It persists, and the status filter in the URL finds it.
	await openAgenda(dinas, '?status=proses');
	await expect(dinas.getByTestId('agenda-filters').getByLabel('Status')).toHaveValue('proses');
	await expect(dinas.locator(`#${id}`)).toContainText(
		'Surat ke Bappeda sudah dikirim (uji agenda).'
	);
	await expect(dinas.locator(`#${id} .badge.status-proses`)).toHaveText('Proses');
	for (const badge of await dinas.locator('article header .badge:first-child').allTextContents())
		expect(badge).toBe('Proses');
	// The search finds actions by the panti they serve; a search matching nothing says so.
	await openAgenda(dinas, '?cari=tidak+ada+yang+cocok');
	await expect(dinas.getByTestId('agenda-no-match')).toBeVisible();
	// Actions from the panti's earlier visit that its latest one no longer asks for serve no panti.
	await openAgenda(dinas, '?cari=harapan+bangsa');
	const serving = await rows.count();
	expect(serving).toBeGreaterThan(5);
	for (const text of await rows.allInnerTexts())
		expect(text).toContain('LKSA Demo Harapan Bangsa 1');
	await openAgenda(dinas);
	await expect(rows.filter({ hasText: 'Melayani 1 panti' })).toHaveCount(serving);
	await expect(rows.filter({ hasText: 'Tidak lagi melayani panti' })).toHaveCount(total - serving);
});

test('a province Dinas keeps the province agenda and follows Kutai Timur read-only', async ({
	browser
}) => {
	const kaltim = await signedInPage(browser, 'dinas.kaltim');
	await openAgenda(kaltim);
	await expect(kaltim.getByRole('heading', { level: 1 })).toContainText(
		'Provinsi Kalimantan Timur'
	);
	const rows = kaltim.getByRole('article');
	expect(await rows.count()).toBeGreaterThan(0);
	await expect(rows.first().getByRole('link', { name: /^Ubah/ })).toBeVisible();
	// A daerah-owned panti of the province: its government actions are the province's to do.
	await expect(rows.first()).toContainText('Kota Samarinda');

	await kaltim.getByLabel('Agenda', { exact: true }).selectOption('64.08');
	await expect(kaltim).toHaveURL(/wilayah=64\.08/);
	await expect(kaltim.getByRole('heading', { level: 1 })).toContainText('Kabupaten Kutai Timur');
	await expect(kaltim.getByRole('note')).toContainText(
		'Anda dapat membaca agenda ini. Tindakannya diperbarui oleh Dinas Sosial Kabupaten Kutai Timur.'
	);
	expect(await rows.count()).toBeGreaterThan(5);
	await expect(kaltim.getByRole('link', { name: /^Ubah/ })).toHaveCount(0);
	// Asking for a form by URL opens none; a hand-made save is refused and changes nothing.
	const firstId = (await rows.first().getAttribute('id'))!.replace('tindakan-', '');
	await openAgenda(kaltim, `?wilayah=64.08&ubah=${firstId}`);
	await expect(editForms(kaltim)).toHaveCount(0);
	const before = await rows.first().innerText();
	const post = await kaltim.request.post(`/agenda?wilayah=64.08&/simpan`, {
		form: {
			actionId: firstId,
			version: '1',
			owner: 'Provinsi',
			dueDate: '2027-01-01',
			status: 'selesai',
			progressNote: ''
		},
		headers: { origin: new URL(kaltim.url()).origin }
	});
	expect(post.status()).toBe(403);
	await openAgenda(kaltim, '?wilayah=64.08');
	expect(await rows.first().innerText()).toBe(before);

	// Samarinda's agenda has nothing yet: the empty state says why.
	await openAgenda(kaltim, '?wilayah=64.72');
	await expect(kaltim.getByTestId('agenda-empty')).toContainText(
		'tindakan pemerintah dan mitra muncul di sini saat kunjungan akreditasi panti di wilayah ini difinalkan'
	);
});

test('an agenda outside the scope is not found; heads and assessors have no agenda', async ({
	browser
}) => {
	test.setTimeout(90_000); // five sign-ins, each slow on purpose
	for (const [username, query, status] of [
		['dinas.kalsel', '?wilayah=64.08', 404],
		['dinas.kutim', '?wilayah=64', 404],
		['dinas.kutim', '?wilayah=nasional', 404],
		['kepala.kutim', '', 403],
		['asesor.rina', '', 403]
	] as const) {
		const page = await signedInPage(browser, username);
		const response = await page.goto(`/agenda${query}`);
		expect(response!.status(), `${username} ${query}`).toBe(status);
		await expect(
			page.getByRole('navigation').getByRole('link', { name: 'Agenda wilayah' })
		).toHaveCount(username.startsWith('dinas') ? 1 : 0);
		await page.context().close();
	}
});

test("the panti's plan page lists what government and partners are to do for it", async ({
	browser
}) => {
	const head = await signedInPage(browser, 'kepala.kutim');
	await head.goto('/rencana');
	await head.getByRole('link', { name: /Semua rencana perbaikan/ }).click();
	await expect(head).toHaveURL(/\/panti\/\d+\/rencana$/);
	const section = head.getByTestId('agenda-for-panti');
	await expect(
		section.getByRole('heading', { name: 'Tindakan pemerintah dan mitra untuk panti ini' })
	).toBeVisible();
	const rows = section.locator('tbody tr');
	expect(await rows.count()).toBeGreaterThan(5);
	await expect(section).toContainText('Agenda Kabupaten Kutai Timur');
	await expect(section).toContainText('Kementerian Sosial');
	await expect(section).toContainText('Agenda nasional');
	// Read-only for the head: no form, and no link into an agenda they cannot open.
	await expect(section.locator('form')).toHaveCount(0);
	await expect(section.getByRole('link')).toHaveCount(0);

	// The Dinas sees the same list, with a way into its agenda.
	const dinas = await signedInPage(browser, 'dinas.kutim');
	await dinas.goto(new URL(head.url()).pathname);
	await dinas
		.getByTestId('agenda-for-panti')
		.getByRole('link', { name: 'Agenda Kabupaten Kutai Timur' })
		.first()
		.click();
	await expect(dinas).toHaveURL(/\/agenda\?wilayah=64\.08$/);
});

for (const [name, viewport] of [
	['landscape', LANDSCAPE],
	['portrait', PORTRAIT]
] as const) {
	test(`agenda screenshots ${name} ${viewport.width}x${viewport.height}`, async ({ browser }) => {
		test.setTimeout(90_000);
		const shot = (page: Page, what: string, fullPage = false) =>
			page.screenshot({ path: `tests/screenshots/${name}-agenda-${what}.png`, fullPage });
		const dinas = await signedInPage(browser, 'dinas.kutim', viewport);
		await openAgenda(dinas);
		await shot(dinas, 'list');
		const second = dinas.getByRole('article').nth(1);
		await second.getByRole('link', { name: /^Ubah/ }).click();
		await expect(editForms(dinas)).toHaveCount(1);
		await second.scrollIntoViewIfNeeded();
		await shot(dinas, 'form');

		const kaltim = await signedInPage(browser, 'dinas.kaltim', viewport);
		await openAgenda(kaltim, '?wilayah=64.72');
		await shot(kaltim, 'empty');
		await openAgenda(kaltim, '?wilayah=64.08');
		await shot(kaltim, 'read-only');

		const head = await signedInPage(browser, 'kepala.kutim', viewport);
		await head.goto('/rencana');
		await head.getByRole('link', { name: /Semua rencana perbaikan/ }).click();
		await head.getByTestId('agenda-for-panti').scrollIntoViewIfNeeded();
		await shot(head, 'plan-section');
	});
}
