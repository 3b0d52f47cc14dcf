import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, login, logout, waitForApp } from './helpers';

test.describe('each role lands where it should', () => {
	test('admin → user management', async ({ page }) => {
		await login(page, 'admin');
		await expect(page).toHaveURL(/\/admin\/pengguna$/);
		await expect(page.getByRole('heading', { name: 'Pengguna', level: 1 })).toBeVisible();
		await expect(
			page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link')
		).toHaveText([
			'Dasbor',
			'Panti',
			'Bandingkan',
			'Analisis wilayah',
			'Penilaian',
			'Rencana perbaikan',
			'Agenda wilayah',
			'Pengguna',
			'Rubrik'
		]);
	});

	test('province dinas → its registry', async ({ page }) => {
		await login(page, 'dinas.kaltim');
		await expect(page).toHaveURL(/\/panti$/);
		await expect(page.getByText('Menampilkan 1–6 dari 6 panti')).toBeVisible();
		await expect(page.getByRole('cell', { name: 'Kota Samarinda' }).first()).toBeVisible();
		await expect(page.getByRole('cell', { name: 'Kota Banjarmasin' })).toHaveCount(0);
	});

	test('kab/kota dinas → only its kab/kota', async ({ page }) => {
		await login(page, 'dinas.kutim');
		await expect(page.getByText('Menampilkan 1–3 dari 3 panti')).toBeVisible();
		await expect(page.getByRole('cell', { name: 'Kota Samarinda' })).toHaveCount(0);
	});

	test('asesor → assigned assessments', async ({ page }) => {
		await login(page, 'asesor.rina');
		await expect(page).toHaveURL(/\/penilaian$/);
		await expect(
			page.getByRole('heading', { name: 'Penilaian yang ditugaskan kepada Anda' })
		).toBeVisible();
	});

	test('panti head → their home, with their own panti one link away', async ({ page }) => {
		await login(page, 'kepala.kutim');
		await expect(page).toHaveURL(/\/beranda$/);
		await expect(page.getByText(/· Kabupaten Kutai Timur, Kalimantan Timur ·/)).toBeVisible();
		await page.getByRole('link', { name: 'Profil dan riwayat penilaian' }).click();
		await expect(page).toHaveURL(/\/panti\/\d+$/);
		await expect(page.getByText(/· Kabupaten Kutai Timur, Kalimantan Timur$/)).toBeVisible();
		await expect(page.getByRole('link', { name: 'Ubah data' })).toHaveCount(0);
	});
});

test('a wrong password is refused with one clear message', async ({ page }) => {
	await page.goto('/login');
	await waitForApp(page);
	await page.getByLabel('Nama pengguna').fill('admin');
	await page.getByLabel('Kata sandi').fill('bukan-sandinya');
	await page.getByRole('button', { name: 'Masuk' }).click();
	await expect(page.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah.');
	await expect(page).toHaveURL(/\/login/);
});

// A username no other test signs in with. After three failures for one name from one address the
// next attempt waits 1 s, then 2 s, 4 s…; the right password too, and the message says how long.
test('repeated failed logins are rate-limited', async ({ page }) => {
	for (let i = 0; i < 5; i++) {
		await page.goto('/login');
		await waitForApp(page);
		await page.getByLabel('Nama pengguna').fill('penguji.rate-limit');
		await page.getByLabel('Kata sandi').fill(`salah-${i}`);
		await page.getByRole('button', { name: 'Masuk' }).click();
		await expect(page.getByRole('alert')).toBeVisible();
	}
	await page.getByLabel('Kata sandi').fill('siap-demo-2026');
	await page.getByRole('button', { name: 'Masuk' }).click();
	await expect(page.getByRole('alert')).toContainText('Terlalu banyak percobaan masuk');
	await expect(page.getByRole('alert')).toContainText(/Coba lagi dalam \d+ detik/);
});

test('logout ends the session on the server, not only in the browser', async ({
	page,
	context,
	browser
}) => {
	await login(page, 'dinas.jepara');
	const cookie = (await context.cookies()).find((c) => c.name === 'siap_session');
	expect(cookie?.httpOnly).toBe(true);
	expect(cookie?.sameSite).toBe('Lax');
	await logout(page);
	await page.goto('/panti');
	await expect(page).toHaveURL(/\/login\?kembali=%2Fpanti/);

	// Replaying the old cookie in a fresh browser gets nowhere.
	const replay = await browser.newContext();
	await replay.addCookies([cookie!]);
	const other = await replay.newPage();
	await other.goto('/panti');
	await expect(other).toHaveURL(/\/login/);
	await replay.close();
});

test('signing in again rotates the session: the earlier token stops working', async ({
	page,
	context,
	browser
}) => {
	await login(page, 'dinas.jepara');
	const first = (await context.cookies()).find((c) => c.name === 'siap_session')!;
	// Someone else signs in on the same tablet without signing out first.
	const res = await page.request.post('/login', {
		form: { username: 'asesor.rina', password: DEMO_PASSWORD },
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(res.status()).toBe(303);
	const second = (await context.cookies()).find((c) => c.name === 'siap_session')!;
	expect(second.value).not.toBe(first.value);
	await page.goto('/penilaian');
	await expect(page).toHaveURL(/\/penilaian$/);

	const replay = await browser.newContext();
	await replay.addCookies([first]);
	const other = await replay.newPage();
	await other.goto('/panti');
	await expect(other).toHaveURL(/\/login/);
	await replay.close();
});

test('pages need a login', async ({ page }) => {
	for (const path of ['/panti', '/panti/1', '/admin/pengguna', '/penilaian']) {
		await page.goto(path);
		await expect(page).toHaveURL(/\/login\?kembali=/);
	}
});
