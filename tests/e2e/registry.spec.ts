import { expect, test } from '@playwright/test';
import { login, waitForApp } from './helpers';

test('creating a panti with bad input shows every error and saves nothing', async ({ page }) => {
	await login(page, 'dinas.kutim');
	await expect(page.getByText('dari 3 panti')).toBeVisible();

	await page.getByRole('link', { name: '+ Daftarkan panti' }).click();
	await waitForApp(page);
	await page.getByLabel('Nama panti').fill('AB');
	await page.getByLabel('Kapasitas (orang)').fill('nol');
	await page.getByLabel('Lintang (opsional)').fill('45');
	await page.locator('input[name="legal.npwp.number"]').fill('123');
	await page.getByRole('button', { name: 'Simpan panti' }).click();

	await expect(page.getByRole('alert')).toHaveText('Periksa kembali isian yang ditandai.');
	for (const message of [
		'Nama panti minimal 3 karakter.',
		'Pilih jenis panti.',
		'Pilih kepemilikan.',
		'Alamat wajib diisi.',
		'Kapasitas harus bilangan bulat 0 atau lebih.',
		'Lintang harus antara -11,5 dan 6,5.',
		'Pilih minimal satu kategori PMKS yang dilayani.',
		'NPWP harus 15 atau 16 digit.'
	]) {
		await expect(page.getByText(message, { exact: true })).toBeVisible();
	}
	// What the user typed is kept, and the Dinas's own kab/kota stays chosen.
	await expect(page.getByLabel('Nama panti')).toHaveValue('AB');
	await expect(page.getByLabel('Kabupaten/kota')).toHaveValue('64.08');
	await expect(page.getByLabel('Nama panti')).toHaveAttribute('aria-invalid', 'true');

	await page.goto('/panti');
	await expect(page.getByText('dari 3 panti')).toBeVisible();
});

test('a dinas registers a panti, sees it, edits it, and the change is in the history', async ({
	page
}) => {
	await login(page, 'dinas.kutim');
	await page.goto('/panti/baru');
	await waitForApp(page);
	await page.getByLabel('Nama panti').fill('LKSA Demo Uji Sangatta');
	await page.getByLabel('Jenis panti').selectOption('anak');
	await page.getByLabel('Kepemilikan').selectOption('masyarakat');
	await page.getByLabel('Alamat').fill('Jl. Contoh Uji No. 7, Sangatta (fiktif)');
	// The only province and kab/kota in scope are preselected choices.
	await expect(page.getByLabel('Provinsi')).toHaveValue('64');
	await page.getByLabel('Kabupaten/kota').selectOption('64.08');
	await page.getByLabel('Kapasitas (orang)').fill('30');
	await page.getByLabel('Jumlah klien saat ini').fill('24');
	await page.getByLabel('Pekerja sosial').fill('2');
	await page.getByLabel('Anak Terlantar', { exact: true }).check();
	await page.locator('input[name="legal.izin_operasional.number"]').fill('DEMO-IO/UJI/2025');
	await page.locator('input[name="legal.izin_operasional.issuedOn"]').fill('2025-02-01');
	await page.locator('input[name="legal.izin_operasional.expiresOn"]').fill('2030-02-01');
	await page.getByRole('button', { name: 'Simpan panti' }).click();

	await expect(page.getByRole('status')).toHaveText('Data panti tersimpan.');
	await expect(page.getByRole('heading', { name: 'LKSA Demo Uji Sangatta' })).toBeVisible();
	await expect(page.getByText('12', { exact: true })).toBeVisible(); // 24 clients / 2 social workers

	await page.getByRole('link', { name: 'Ubah data' }).click();
	await page.getByLabel('Kapasitas (orang)').fill('36');
	await page.getByRole('button', { name: 'Simpan perubahan' }).click();
	await expect(page.getByText('36 orang')).toBeVisible();

	await page.getByRole('link', { name: 'Riwayat perubahan' }).click();
	const update = page.locator('section', {
		hasText: 'Diubah oleh Dinas Sosial Kab. Kutai Timur (Demo)'
	});
	await expect(update).toBeVisible();
	const row = update.getByRole('row', { name: /capacity/ });
	await expect(row).toContainText('30');
	await expect(row).toContainText('36');

	await page.goto('/panti');
	await expect(page.getByText('dari 4 panti')).toBeVisible();
});

test('two people editing the same panti: the later save is refused, nothing is lost silently', async ({
	browser
}) => {
	const a = await browser.newContext();
	const b = await browser.newContext();
	const pa = await a.newPage();
	const pb = await b.newPage();
	await login(pa, 'dinas.jepara');
	await login(pb, 'dinas.jateng');
	await pa.locator('tbody a').first().click();
	await expect(pa).toHaveURL(/\/panti\/\d+$/);
	const url = pa.url();
	await pa.goto(url + '/ubah');
	await pb.goto(url + '/ubah');
	await waitForApp(pa);
	await waitForApp(pb);
	await pa.getByLabel('Alamat').fill('Jl. Contoh Versi A (fiktif)');
	await pa.getByRole('button', { name: 'Simpan perubahan' }).click();
	await expect(pa.getByRole('status')).toHaveText('Data panti tersimpan.');

	await pb.getByLabel('Alamat').fill('Jl. Contoh Versi B (fiktif)');
	await pb.getByRole('button', { name: 'Simpan perubahan' }).click();
	await expect(pb.getByRole('alert')).toContainText('sudah diubah orang lain');
	await expect(pb.getByLabel('Alamat')).toHaveValue('Jl. Contoh Versi B (fiktif)');
	await pb.goto(url);
	await expect(pb.getByText('Jl. Contoh Versi A (fiktif)')).toBeVisible();
	await a.close();
	await b.close();
});

test('registry filters and search narrow the list', async ({ page }) => {
	await login(page, 'admin');
	await page.goto('/panti');
	await expect(page.getByText(/dari 4\d panti/)).toBeVisible();
	await page.getByLabel('Provinsi').selectOption('63');
	await page.getByLabel('Kabupaten/kota').selectOption('63.71');
	await page.getByRole('button', { name: 'Terapkan' }).click();
	await expect(page.getByText('Menampilkan 1–3 dari 3 panti')).toBeVisible();
	await page.goto('/panti?type=lanjut-usia&ownership=pusat');
	const rows = page.locator('tbody tr');
	for (const text of await rows.allInnerTexts()) expect(text).toContain('Lanjut usia');
	await page.goto('/panti?q=tidak-ada-panti-seperti-ini');
	await expect(page.getByText('Tidak ada panti yang cocok dengan filter ini.')).toBeVisible();
});
