import { expect, test } from '@playwright/test';
import { login, logout, waitForApp } from './helpers';

test('admin creates an assessor, who signs in, must set their own password, then works; deactivation locks them out', async ({
	page,
	browser
}) => {
	await login(page, 'admin');
	await page.getByRole('link', { name: '+ Tambah pengguna' }).click();
	await waitForApp(page);
	await page.getByRole('button', { name: 'Buat pengguna' }).click();
	await expect(page.getByText('Nama lengkap wajib diisi.')).toBeVisible();
	await expect(page.getByText('Pilih peran.')).toBeVisible();

	await page.getByLabel('Nama lengkap').fill('Dewi Asesor Baru');
	await page.getByLabel('Nama pengguna').fill('asesor.dewi');
	await page.getByLabel('Peran').selectOption('asesor');
	await page.getByLabel('Kata sandi awal').fill('pendek');
	await page.getByRole('button', { name: 'Buat pengguna' }).click();
	await expect(page.getByText('Kata sandi minimal 10 karakter.')).toBeVisible();
	await page.getByLabel('Kata sandi awal').fill('sandi-dewi-2026');
	await page.getByRole('button', { name: 'Buat pengguna' }).click();
	await expect(page.getByRole('status')).toContainText('Akun asesor.dewi dibuat.');

	const other = await browser.newContext();
	const dewi = await other.newPage();
	await login(dewi, 'asesor.dewi', 'sandi-dewi-2026');
	// The admin chose that password: Dewi sets her own before anything else opens.
	await expect(dewi).toHaveURL(/\/akun\/sandi$/);
	await dewi.goto('/penilaian');
	await expect(dewi).toHaveURL(/\/akun\/sandi$/);
	await waitForApp(dewi);
	const change = async (next: string) => {
		await dewi.getByLabel('Kata sandi sekarang').fill('sandi-dewi-2026');
		await dewi.getByLabel('Kata sandi baru', { exact: true }).fill(next);
		await dewi.getByLabel('Ulangi kata sandi baru').fill(next);
		await dewi.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
	};
	await change('aaaaaaaaaa');
	await expect(dewi.getByText('Kata sandi tidak boleh satu karakter yang diulang.')).toBeVisible();
	await change('kebun-mangga-dewi-2026');
	await expect(dewi).toHaveURL(/\/penilaian$/);

	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Nonaktifkan akun' }).click();
	await expect(page.getByText('Akun ini nonaktif')).toBeVisible();

	// Their open session ended at once, and they cannot sign in again.
	await dewi.goto('/penilaian');
	await expect(dewi).toHaveURL(/\/login/);
	await dewi.getByLabel('Nama pengguna').fill('asesor.dewi');
	await dewi.getByLabel('Kata sandi').fill('kebun-mangga-dewi-2026');
	await dewi.getByRole('button', { name: 'Masuk' }).click();
	await expect(dewi.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah.');
	await other.close();
	await logout(page);
});

test('a dinas account needs a region, a panti head needs a panti', async ({ page }) => {
	await login(page, 'admin');
	await page.goto('/admin/pengguna/baru');
	await waitForApp(page);
	await page.getByLabel('Nama lengkap').fill('Dinas Tanpa Wilayah');
	await page.getByLabel('Nama pengguna').fill('dinas.tanpa');
	await page.getByLabel('Peran').selectOption('dinas');
	await page.getByLabel('Kata sandi awal').fill('sandi-dinas-2026');
	await page.getByRole('button', { name: 'Buat pengguna' }).click();
	await expect(
		page.getByText('Dinas Sosial harus punya wilayah: provinsi atau kabupaten/kota.')
	).toBeVisible();
	await page.goto('/admin/pengguna');
	await expect(page.getByText('dinas.tanpa')).toHaveCount(0);
});
