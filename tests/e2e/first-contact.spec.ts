/**
 * First contact: the app as `npm start` serves it (scripts/e2e-server.mjs runs that same path, with
 * nothing configured) works in Chromium at localhost and at another address of the machine — a
 * tablet on the same network, played here by the loopback address 127.0.0.2.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD, declareNoConflict, waitForApp } from './helpers';

/** The same server, reached through another address than the one the suite uses. */
function lanAddress(baseURL: string | undefined): string {
	const url = new URL(baseURL ?? 'http://localhost:4173');
	url.hostname = '127.0.0.2';
	return url.origin;
}

const level = (page: Page, code: string, n: number) =>
	page.locator(`#butir-${code}`).getByRole('radio').nth(n);

async function signIn(page: Page, username: string) {
	await page.goto('/login');
	await page.getByLabel('Nama pengguna').fill(username);
	await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Masuk' }).click();
	await expect(page).not.toHaveURL(/\/login/);
}

/** Form posts of this page go to the same server under its other address: Origin ≠ Host. */
async function refuseNextPosts(page: Page, baseURL: string | undefined) {
	const lan = lanAddress(baseURL);
	await page.route('**/login', (route) =>
		route.request().method() === 'POST'
			? route.continue({ url: lan + new URL(route.request().url()).pathname })
			: route.continue()
	);
}

async function newContextAt(browser: Browser, baseURL: string) {
	return browser.newContext({ baseURL, viewport: { width: 1024, height: 768 } });
}

test('from another address on the network: a Dinas schedules a visit and an assessor saves a score', async ({
	browser,
	baseURL
}) => {
	const lan = lanAddress(baseURL);
	expect(lan).not.toContain('localhost');

	const dinasContext = await newContextAt(browser, lan);
	const dinas = await dinasContext.newPage();
	await signIn(dinas, 'dinas.kutim');
	await dinas
		.getByRole('link', { name: /LKSA Demo/ })
		.first()
		.click();
	await dinas.getByRole('button', { name: 'Jadwalkan visitasi' }).click();
	await waitForApp(dinas);
	await dinas.getByLabel('Tanggal rencana visitasi').fill('2026-12-03');
	await dinas.getByLabel('Ketua tim').selectOption({ label: 'Yusuf Asesor (Demo)' });
	await dinas.getByRole('button', { name: 'Jadwalkan' }).click();
	await expect(dinas.getByRole('status')).toContainText('Penilaian dijadwalkan');
	const id = new URL(dinas.url()).pathname.split('/').pop()!;
	await dinasContext.close();

	const tabletContext = await newContextAt(browser, lan);
	const tablet = await tabletContext.newPage();
	await signIn(tablet, 'asesor.yusuf');
	await declareNoConflict(tablet, id);
	await waitForApp(tablet);
	await level(tablet, 'KEL-01', 3).click();
	await expect(tablet.getByTestId('save-state')).toHaveText(/Tersimpan/);
	await tablet.reload();
	await waitForApp(tablet);
	await expect(level(tablet, 'KEL-01', 3)).toHaveAttribute('aria-checked', 'true');
	await tabletContext.close();
});

test('a form post the server refuses keeps what was typed and says what to do, in Indonesian', async ({
	page,
	baseURL
}) => {
	await page.goto('/login');
	await waitForApp(page);
	// The server's real CSRF refusal, not a mock of it: the browser posts from this page's origin
	// to the server under another name, as behind a proxy that forwards a different host.
	await refuseNextPosts(page, baseURL);
	await page.getByLabel('Nama pengguna').fill('admin');
	await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Masuk' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Server menolak kiriman formulir ini');
	await expect(alert).toContainText('Isian Anda masih ada');
	await expect(page.getByLabel('Nama pengguna')).toHaveValue('admin');
	await expect(page.getByLabel('Kata sandi')).toHaveValue(DEMO_PASSWORD);
	await expect(page.getByRole('button', { name: 'Masuk' })).toBeEnabled();
	await expect(page).toHaveURL(/\/login$/);

	// Once the cause is gone, the same form, as it stands, signs in.
	await page.unroute('**/login');
	await page.getByRole('button', { name: 'Masuk' }).click();
	await expect(page).toHaveURL(/\/admin/);
});

test('without JavaScript a refused post gets an Indonesian page, not a line of English', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/login');
	await refuseNextPosts(page, baseURL);
	await page.getByLabel('Nama pengguna').fill('admin');
	await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
	const [response] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST'),
		page.getByRole('button', { name: 'Masuk' }).click()
	]);
	expect(response.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiriman formulir ditolak');
	await expect(page.locator('body')).toContainText('ORIGIN');
	expect((await context.cookies()).some((c) => c.name === 'siap_session')).toBe(false);
	await context.close();
});

test('what is typed before the page hydrates is kept, and signs in', async ({ page }) => {
	// Hold the app's scripts back, as a slow tablet on a slow network does.
	let release: () => void = () => {};
	const released = new Promise<void>((r) => (release = r));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await released;
		await route.continue();
	});
	await page.goto('/login', { waitUntil: 'commit' });
	await page.getByLabel('Nama pengguna').fill('asesor.rina');
	await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
	release();
	await waitForApp(page);
	await expect(page.getByLabel('Nama pengguna')).toHaveValue('asesor.rina');
	await expect(page.getByLabel('Kata sandi')).toHaveValue(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Masuk' }).click();
	await expect(page).toHaveURL(/\/penilaian/);
});

test('sign-in on a tablet-class CPU (4× throttled), typing as soon as the form shows', async ({
	page
}) => {
	test.setTimeout(90_000);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	for (const username of ['asesor.rina', 'dinas.kutim', 'kepala.kutim', 'admin']) {
		await page.context().clearCookies();
		await page.goto('/login', { waitUntil: 'commit' });
		await page.getByLabel('Nama pengguna').pressSequentially(username);
		await page.getByLabel('Kata sandi').pressSequentially(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Masuk' }).click();
		await expect(page, `${username} signs in`).not.toHaveURL(/\/login/);
		await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
	}
});
