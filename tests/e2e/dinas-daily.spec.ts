/**
 * A Dinas Sosial's everyday work (issue 18): the Penilaian list, comparing panti picked from the
 * registry, and kepala panti accounts of its own region.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Browser } from '@playwright/test';
import { markReturned, schedule } from './dinas-helpers';
import { login, waitForApp } from './helpers';

test('the Penilaian list: returned first and marked, search, status filter, a bookmarkable URL', async ({
	page
}) => {
	await login(page, 'dinas.kutim');
	const visit = await schedule(page);
	markReturned(visit.id);

	await page.getByRole('link', { name: 'Penilaian', exact: true }).click();
	const rows = page.locator('tbody tr');
	await expect(rows.first()).toContainText(visit.name);
	await expect(rows.first().locator('.badge')).toHaveText('Dikembalikan');
	await expect(rows.first()).toContainText('Perlu diperbaiki tim penilai');
	// The Dinas scores nothing here: no empty sheet column.
	await expect(page.getByRole('columnheader', { name: 'Lembar penilaian' })).toHaveCount(0);
	expect(await rows.count()).toBeGreaterThan(1);
	// Other specs leave open visits in this kab/kota too: the filter keeps exactly the final ones.
	const finals = await rows
		.locator('.badge')
		.filter({ hasText: /^Final$/ })
		.count();
	expect(finals).toBeGreaterThan(0);

	await page.getByLabel('Status').selectOption({ label: 'Final' });
	await page.getByRole('button', { name: 'Terapkan' }).click();
	await expect(page).toHaveURL(/status=finalized/);
	await expect(rows.locator('.badge').filter({ hasNotText: 'Final' })).toHaveCount(0);
	await expect(rows).toHaveCount(finals);

	// The filtered list is a link that can be kept.
	await page.goto(`/penilaian?status=returned&q=${encodeURIComponent(visit.name.slice(-12))}`);
	await expect(rows).toHaveCount(1);
	await expect(page.getByLabel('Cari nama panti')).toHaveValue(visit.name.slice(-12));
	await page.getByLabel('Cari nama panti').fill('tidak ada panti seperti ini');
	await page.getByRole('button', { name: 'Terapkan' }).click();
	await expect(page.getByText('Tidak ada penilaian yang cocok')).toBeVisible();
});

test('a dinas ticks panti in the registry and compares them; the CSV is rounded and labelled', async ({
	page
}) => {
	await login(page, 'dinas.kaltim');
	await page.getByRole('link', { name: 'Bandingkan', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bandingkan panti');
	await page.getByRole('link', { name: 'Panti', exact: true }).click();
	await waitForApp(page);
	const bar = page.getByRole('form', { name: 'Bandingkan panti' });
	const boxes = page.getByRole('checkbox', { name: /untuk dibandingkan/ });
	await expect(boxes).toHaveCount(6);
	const all = await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
	for (let i = 0; i < 6; i++) await boxes.nth(i).check();
	await expect(bar).toContainText(
		'Paling banyak 5 panti dapat dibandingkan sekaligus: hapus centang 1.'
	);
	await expect(bar.getByRole('button', { name: 'Bandingkan (6)' })).toBeDisabled();
	for (let i = 2; i < 6; i++) await boxes.nth(i).uncheck();
	const names = await page
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.slice(0, 2).map((tr) => tr.querySelector('td:nth-child(2) a')!.textContent.trim())
		);
	await bar.getByRole('button', { name: 'Bandingkan (2)' }).click();

	await expect(page).toHaveURL(/\/panti\/bandingkan\?id=\d+&id=\d+$/);
	await expect(page.getByTestId('compare-profile').locator('thead')).toContainText(names[0]!);
	await expect(page.getByTestId('compare-profile').locator('thead')).toContainText(names[1]!);
	// What "median" and "P…" mean is written on the page, not hidden in a tooltip.
	const legend = page.getByTestId('compare-legend');
	await expect(legend).toContainText('nilai tengah panti terakreditasi di wilayah Anda');
	await expect(legend).toContainText('persentil 80: nilai panti ini lebih tinggi daripada 80%');

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Ekspor perbandingan (CSV)' }).click()
	]);
	const csv = readFileSync(await download.path(), 'utf8');
	// Cells holding a comma are quoted (the reader's Excel may split on either separator).
	const cells = csv
		.split('\r\n')
		.flatMap((line) => line.split(';'))
		.map((c) => c.replace(/^"(.*)"$/, '$1'));
	expect(csv).toMatch(/\r\nJenis;Anak \(LKSA \/ Panti Sosial Asuhan Anak\);/);
	expect(csv).toMatch(/\r\nPeringkat;[^\r]*A \(Baik Sekali\)/);
	expect(cells.filter((c) => /^-?\d+,\d+$/.test(c)).length).toBeGreaterThan(10);
	// Every number has at most two decimals and a decimal comma, never a point.
	expect(cells.filter((c) => /^-?\d+[.,]\d{3,}$/.test(c) || /^-?\d+\.\d+$/.test(c))).toEqual([]);

	// More than five by URL (no JavaScript, an edited link): five are compared, and it says so.
	await page.goto(`/panti/bandingkan?${all.map((id) => `id=${id}`).join('&')}`);
	await expect(page.getByText('Paling banyak 5 panti dapat dibandingkan sekaligus')).toBeVisible();
	await expect(page.getByTestId('compare-profile').locator('thead th')).toHaveCount(6);
});

async function idOf(browser: Browser, username: string, path: string, link: RegExp) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await login(page, username);
	await page.goto(path);
	const href = await page.getByRole('link', { name: link }).first().getAttribute('href');
	await context.close();
	return href!.split(/[/?]/).filter(Boolean).pop()!;
}

test('a dinas creates and resets kepala accounts of its own panti, and nothing else', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000); // five sign-ins, each a deliberately slow password hash
	// Ids the Kutai Timur dinas cannot see: a Banjarmasin panti and its head's account.
	const banjarmasinPanti = await idOf(browser, 'admin', '/panti?regionCode=63.71', /Demo/);
	const banjarmasinHead = await idOf(
		browser,
		'admin',
		'/admin/pengguna',
		/Kepala Panti Banjarmasin/
	);

	await login(page, 'dinas.kutim');
	await page.getByRole('link', { name: 'Kepala panti', exact: true }).click();
	await waitForApp(page);
	await page.getByLabel('1. Cari panti').fill('Demo');
	await page.getByRole('button', { name: 'Cari' }).first().click();
	const choice = page.getByRole('radio').first();
	await expect(choice).toBeVisible();
	const pantiName = (await page.locator('label.choice').first().textContent())!
		.split('·')[0]!
		.trim();
	// Only panti of Kutai Timur are offered.
	await expect(page.locator('label.choice').filter({ hasNotText: 'Kutai Timur' })).toHaveCount(0);
	await choice.check();
	await page.getByLabel('3. Nama lengkap kepala panti').fill('Siti Kepala Baru');
	await page.getByLabel('Nama pengguna').fill('kepala.siti');
	await page.getByLabel('Kata sandi sementara').fill('sandi-siti-2026');

	// A panti outside the region, slipped into the form: refused, nothing created.
	await choice.evaluate((el, id) => ((el as HTMLInputElement).value = id), banjarmasinPanti);
	await page.getByRole('button', { name: 'Buat akun' }).click();
	await expect(page.getByText('Pilih panti di wilayah Anda.')).toBeVisible();
	await expect(page.getByRole('status')).toHaveCount(0);

	await page.reload();
	await waitForApp(page);
	await page.getByRole('radio').first().check();
	await page.getByLabel('3. Nama lengkap kepala panti').fill('Siti Kepala Baru');
	await page.getByLabel('Nama pengguna').fill('kepala.siti');
	await page.getByLabel('Kata sandi sementara').fill('sandi-siti-2026');
	await page.getByRole('button', { name: 'Buat akun' }).click();
	await expect(page.getByRole('status')).toContainText(
		`Akun kepala.siti dibuat untuk ${pantiName}`
	);
	const row = page.getByRole('row', { name: /kepala\.siti/ });
	await expect(row).toContainText('Belum mengganti sandi');

	// The new head signs in and must choose their own password first.
	const siti = await (await browser.newContext()).newPage();
	await login(siti, 'kepala.siti', 'sandi-siti-2026');
	await expect(siti).toHaveURL(/\/akun\/sandi$/);

	await row.getByRole('link', { name: /Atur ulang sandi/ }).click();
	await waitForApp(page);
	await page.getByLabel('Kata sandi sementara yang baru').fill('sandi-siti-baru-2026');
	await page.getByRole('button', { name: 'Atur ulang kata sandi' }).click();
	await expect(page.getByRole('status')).toContainText(
		'Kata sandi kepala.siti sudah diatur ulang.'
	);
	// The old password no longer opens the account.
	const again = await (await browser.newContext()).newPage();
	await again.goto('/login');
	await again.getByLabel('Nama pengguna').fill('kepala.siti');
	await again.getByLabel('Kata sandi').fill('sandi-siti-2026');
	await again.getByRole('button', { name: 'Masuk' }).click();
	await expect(again).toHaveURL(/\/login/);

	// Another region's head, an assessor or a Dinas account: the same 404 as a missing one.
	expect((await page.goto(`/kepala-panti/${banjarmasinHead}`))!.status()).toBe(404);
	const rina = await idOf(browser, 'admin', '/admin/pengguna', /Rina Asesor/);
	expect((await page.goto(`/kepala-panti/${rina}`))!.status()).toBe(404);
	// Assessors and kepala panti have no such page.
	const asesor = await (await browser.newContext()).newPage();
	await login(asesor, 'asesor.rina');
	expect((await asesor.goto('/kepala-panti'))!.status()).toBe(403);
});

test('a kab/kota dinas finds its own region already chosen in forms and filters', async ({
	page
}) => {
	await login(page, 'dinas.kutim');
	await page.goto('/panti/baru');
	await expect(page.getByLabel('Provinsi')).toHaveValue('64');
	await expect(page.getByLabel('Kabupaten/kota')).toHaveValue('64.08');
	await page.goto('/panti');
	await expect(page.getByLabel('Provinsi')).toHaveValue('64');
	await expect(page.getByLabel('Kabupaten/kota')).toHaveValue('64.08');
	await page.goto('/dasbor');
	await expect(page.getByLabel('Provinsi')).toHaveValue('64');
	await expect(page.getByLabel('Kabupaten/kota')).toHaveValue('64.08');

	// A province dinas: its province, and every kab/kota of it still open.
	const kaltim = await (await page.context().browser()!.newContext()).newPage();
	await login(kaltim, 'dinas.kaltim');
	await kaltim.goto('/panti/baru');
	await expect(kaltim.getByLabel('Provinsi')).toHaveValue('64');
	await expect(kaltim.getByLabel('Kabupaten/kota')).toHaveValue('');
	await kaltim.goto('/dasbor');
	await expect(kaltim.getByLabel('Provinsi')).toHaveValue('64');
	await expect(kaltim.getByLabel('Kabupaten/kota')).toHaveValue('');
});

test('registering a name already in the kab/kota warns, and saves only on "Tetap daftarkan"', async ({
	page
}) => {
	// DI Yogyakarta: no other spec counts its panti.
	await login(page, 'dinas.diy');
	await page.goto('/panti?regionCode=34.04');
	const existing = (await page.locator('tbody td a').first().textContent())!.trim();
	const total = await page.getByText(/dari \d+ panti/).textContent();

	await page.goto('/panti/baru');
	await waitForApp(page);
	// The same name typed differently: case, spaces and punctuation do not make it another panti.
	await page.getByLabel('Nama panti').fill(`  ${existing.toUpperCase().replace(' ', ' - ')} `);
	await page.getByLabel('Jenis panti').selectOption('anak');
	await page.getByLabel('Kepemilikan').selectOption('masyarakat');
	await page.getByLabel('Alamat').fill('Jl. Contoh Uji No. 8, Sleman (fiktif)');
	await page.getByLabel('Kabupaten/kota').selectOption('34.04');
	await page.getByLabel('Kapasitas (orang)').fill('30');
	await page.getByLabel('Jumlah klien saat ini').fill('24');
	await page.getByLabel('Pekerja sosial').fill('2');
	await page.getByLabel('Anak Terlantar', { exact: true }).check();
	await page.getByRole('button', { name: 'Simpan panti' }).click();

	const warning = page.getByTestId('duplicate-warning');
	await expect(warning).toContainText('Panti dengan nama ini sudah terdaftar di Kabupaten Sleman');
	await expect(warning.getByRole('link', { name: existing })).toHaveAttribute(
		'href',
		/\/panti\/\d+$/
	);
	await page.goto('/panti?regionCode=34.04');
	await expect(page.getByText(/dari \d+ panti/)).toHaveText(total!);
	await page.goBack();
	await page.goto('/panti/baru');
	await waitForApp(page);
	await page.getByLabel('Nama panti').fill(existing.toLowerCase());
	await page.getByLabel('Jenis panti').selectOption('anak');
	await page.getByLabel('Kepemilikan').selectOption('masyarakat');
	await page.getByLabel('Alamat').fill('Jl. Contoh Uji No. 8, Sleman (fiktif)');
	await page.getByLabel('Kabupaten/kota').selectOption('34.04');
	await page.getByLabel('Kapasitas (orang)').fill('30');
	await page.getByLabel('Jumlah klien saat ini').fill('24');
	await page.getByLabel('Pekerja sosial').fill('2');
	await page.getByLabel('Anak Terlantar', { exact: true }).check();
	await page.getByRole('button', { name: 'Simpan panti' }).click();
	await expect(page.getByTestId('duplicate-warning')).toBeVisible();
	await page.getByRole('button', { name: 'Tetap daftarkan' }).click();
	await expect(page.getByRole('status')).toHaveText('Data panti tersimpan.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(existing.toLowerCase());
});
