/**
 * Offline assessment on the tablet, with the service worker and the browser context
 * set offline: work done without signal survives reloads and a closed tab and reaches the server
 * when the connection returns; a conflict is the assessor's choice; a refused change can be
 * discarded; an assessment never opened is clearly not available offline.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { cameraPhoto, login, scheduleDeclared, waitForApp } from './helpers';

test.use({ serviceWorkers: 'allow' });

/**
 * dinas.kaltim schedules the n-th Samarinda panti for Budi alone, and Budi declares no conflict of
 * interest (online, on another device, as he must before the sheet opens); returns the id.
 */
const schedule = (browser: Browser, n: number) =>
	scheduleDeclared(
		browser,
		'dinas.kaltim',
		{ from: '/panti?regionCode=64.72', panti: n, lead: 'Budi Asesor (Demo)' },
		'asesor.budi'
	);

/** Budi on a tablet whose service worker is installed and controls the page. */
async function tablet(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport: { width: 800, height: 1280 } });
	const page = await context.newPage();
	await login(page, 'asesor.budi');
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
	await page.goto('/penilaian'); // now through the worker: the list gets its offline copy
	return { context, page };
}

const level = (page: Page, code: string, n: number) =>
	page.locator(`#butir-${code}`).getByRole('radio').nth(n);

async function openSheet(page: Page, id: string) {
	await page.goto(`/penilaian/${id}/nilai`);
	await waitForApp(page);
	await expect(page.getByTestId('sync-status')).toBeVisible();
}

test('scores, a note and a photo made offline survive reloads and a closed tab, then reach the server', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const id = await schedule(browser, 0);
	const { context, page } = await tablet(browser);
	// The list prepares the sheet for the visit; it opens once online.
	await page.goto('/penilaian');
	await waitForApp(page);
	const row = page
		.getByRole('row')
		.filter({ has: page.locator(`a[href="/penilaian/${id}/nilai"]`) });
	await row.getByRole('button', { name: 'Siapkan offline' }).click();
	await expect(row.getByTestId('offline-ready')).toHaveText('Tersedia offline');
	await page.screenshot({ path: 'tests/screenshots/portrait-assessor-list.png' });
	await openSheet(page, id);
	await expect(page.getByTestId('network')).toHaveText('Online');

	const camera = await cameraPhoto(page, 2400, 1800);
	await context.setOffline(true);
	await expect(page.getByTestId('network')).toHaveText('Offline');
	await level(page, 'KEL-01', 3).click();
	await level(page, 'KEL-02', 2).click();
	await page.locator('#catatan-KEL-02').fill('Visi misi tertempel, dicatat tanpa sinyal.');
	await page.locator('#catatan-KEL-02').blur();
	await level(page, 'KEL-03', 4).click();
	await page.locator('#butir-KEL-03').getByLabel('Pilih berkas').setInputFiles({
		name: 'ruang-tamu.jpg',
		mimeType: 'image/jpeg',
		buffer: camera
	});
	await expect(page.getByTestId('pending')).toHaveText('3 perubahan dan 1 foto menunggu dikirim');
	await expect(page.getByTestId('waiting-photos')).toContainText('KEL-03 (ruang-tamu.jpg)');
	await expect(page.getByTestId('save-state')).toContainText(
		'Tersimpan di perangkat — dikirim saat ada sinyal'
	);
	await page.evaluate(() => window.scrollTo(0, 0));
	// The sticky bar stays two rows high at most with the longer offline save message.
	expect((await page.getByTestId('score-bar').boundingBox())!.height).toBeLessThanOrEqual(120);
	await page.screenshot({ path: 'tests/screenshots/portrait-scoring-offline.png' });

	// Reload without signal: the offline copy opens with everything still there.
	await page.reload();
	await waitForApp(page);
	await expect(page.getByTestId('pending')).toHaveText('3 perubahan dan 1 foto menunggu dikirim');
	await expect(level(page, 'KEL-01', 3)).toHaveAttribute('aria-checked', 'true');
	await expect(page.locator('#catatan-KEL-02')).toHaveValue(
		'Visi misi tertempel, dicatat tanpa sinyal.'
	);

	// Close the tab, open the sheet again from the list, still offline.
	await page.close();
	const again = await context.newPage();
	await again.goto('/penilaian');
	await again.locator(`a[href="/penilaian/${id}/nilai"]`).click();
	await waitForApp(again);
	await expect(again.getByTestId('pending')).toHaveText('3 perubahan dan 1 foto menunggu dikirim');
	await expect(level(again, 'KEL-03', 4)).toHaveAttribute('aria-checked', 'true');

	// Signal returns: everything is sent.
	await context.setOffline(false);
	await expect(again.getByTestId('pending')).toHaveText('Tidak ada yang menunggu', {
		timeout: 20_000
	});
	// The time of the last save, in the panti's zone and labelled (Samarinda: WITA).
	await expect(again.getByTestId('last-sync')).toHaveText(
		/^Sinkron terakhir: \d{1,2} \S+ \d{4} \d{2}\.\d{2} WITA$/
	);

	// The server has it all: a fresh browser without the device's store sees the same sheet.
	const fresh = await browser.newContext();
	const check = await fresh.newPage();
	await login(check, 'asesor.budi');
	await openSheet(check, id);
	await expect(level(check, 'KEL-01', 3)).toHaveAttribute('aria-checked', 'true');
	await expect(level(check, 'KEL-02', 2)).toHaveAttribute('aria-checked', 'true');
	await expect(level(check, 'KEL-03', 4)).toHaveAttribute('aria-checked', 'true');
	await expect(check.locator('#catatan-KEL-02')).toHaveValue(
		'Visi misi tertempel, dicatat tanpa sinyal.'
	);
	await expect(
		check.locator('#butir-KEL-03').getByRole('link', { name: /ruang-tamu/ })
	).toBeVisible();
	// A device that never sent anything says what is true of the reopened sheet.
	await expect(check.getByTestId('last-sync')).toHaveText(
		'Semua perubahan sudah tersimpan di server'
	);
	await fresh.close();
	await context.close();
});

test('a change made offline that meets a newer server value is the assessor’s choice', async ({
	browser
}) => {
	test.setTimeout(90_000); // four or five sign-ins, each slow on purpose
	const id = await schedule(browser, 1);
	const { context, page } = await tablet(browser);
	await openSheet(page, id);
	await context.setOffline(true);
	await level(page, 'KEL-05', 1).click();

	// Meanwhile the same assessor saves another level from a second device.
	const other = await browser.newContext();
	const phone = await other.newPage();
	await login(phone, 'asesor.budi');
	await openSheet(phone, id);
	await level(phone, 'KEL-05', 4).click();
	await expect(phone.getByTestId('save-state')).toHaveText(/Tersimpan/);

	await context.setOffline(false);
	const alert = page.locator('#butir-KEL-05').getByRole('alert');
	await expect(alert).toContainText('level 4', { timeout: 20_000 });
	await expect(page.getByTestId('pending')).toHaveText('1 perubahan dan 0 foto menunggu dikirim');
	await alert.getByRole('button', { name: 'Tetap pakai nilai saya' }).click();
	await expect(page.getByTestId('pending')).toHaveText('Tidak ada yang menunggu');

	await phone.reload();
	await waitForApp(phone);
	await expect(level(phone, 'KEL-05', 1)).toHaveAttribute('aria-checked', 'true');
	await other.close();
	await context.close();
});

test('a change the server refuses can be discarded after confirming; a sheet never opened is not available offline', async ({
	browser
}) => {
	test.setTimeout(90_000); // four or five sign-ins, each slow on purpose
	const id = await schedule(browser, 2);
	const neverOpened = await schedule(browser, 0);
	const { context, page } = await tablet(browser);
	await openSheet(page, id);
	// The server refuses this one indicator (as for a sheet locked meanwhile).
	await page.route(`**/api/penilaian/${id}/skor`, async (route) => {
		const body = route.request().postDataJSON() as { code: string };
		if (body.code !== 'KEL-06') return route.continue();
		return route.fulfill({
			status: 403,
			contentType: 'application/json',
			body: JSON.stringify({ message: 'Penilaian ini tidak dapat diubah oleh Anda sekarang.' })
		});
	});
	await level(page, 'KEL-06', 2).click();
	const stuck = page.getByRole('region', { name: 'Ditolak server' });
	await expect(stuck).toContainText('KEL-06 — Penilaian ini tidak dapat diubah');
	await expect(page.getByTestId('pending')).toHaveText('1 perubahan dan 0 foto menunggu dikirim');
	// Still there after a reload: refused work is never dropped silently.
	await page.reload();
	await waitForApp(page);
	await expect(stuck).toContainText('KEL-06');

	page.once('dialog', (d) => d.dismiss());
	await stuck.getByRole('button', { name: 'Buang' }).click();
	await expect(stuck).toContainText('KEL-06'); // dismissed: nothing happened
	await page.screenshot({ path: 'tests/screenshots/portrait-scoring-refused.png' });
	page.once('dialog', (d) => {
		expect(d.message()).toContain('Buang perubahan KEL-06');
		return d.accept();
	});
	await stuck.getByRole('button', { name: 'Buang' }).click();
	await expect(stuck).toHaveCount(0);
	await expect(page.getByTestId('pending')).toHaveText('Tidak ada yang menunggu');
	await expect(level(page, 'KEL-06', 2)).toHaveAttribute('aria-checked', 'false');

	// Offline, the menu still works: the list opens from its offline copy.
	await context.setOffline(true);
	await page
		.getByRole('navigation', { name: 'Navigasi utama' })
		.getByRole('link', { name: 'Penilaian saya' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Penilaian yang ditugaskan kepada Anda'
	);
	const res = await page.goto(`/penilaian/${neverOpened}/nilai`);
	expect(res?.status()).toBe(503);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tidak tersedia offline');
	await expect(page.getByRole('alert')).toContainText('belum disiapkan');
	await page.screenshot({ path: 'tests/screenshots/landscape-not-offline.png' });
	await context.close();
});

/** The unsent changes of an assessment in the device's store (IndexedDB), whoever's they are. */
async function heldChanges(page: Page, assessmentId: number): Promise<string[]> {
	return page.evaluate(async (id) => {
		const names = (await indexedDB.databases()).map((d) => d.name ?? '');
		const codes: string[] = [];
		for (const name of names.filter((n) => n.startsWith('siap-offline-'))) {
			const db = await new Promise<IDBDatabase>((ok, ko) => {
				const open = indexedDB.open(name);
				open.onsuccess = () => ok(open.result);
				open.onerror = () => ko(open.error ?? new Error(`indexedDB.open(${name})`));
			});
			const all = await new Promise<{ assessmentId: number; code: string }[]>((ok, ko) => {
				const get = db.transaction('changes').objectStore('changes').getAll();
				get.onsuccess = () => ok(get.result);
				get.onerror = () => ko(get.error ?? new Error('getAll'));
			});
			codes.push(...all.filter((c) => c.assessmentId === id).map((c) => c.code));
			db.close();
		}
		return codes;
	}, assessmentId);
}

test('when the session ends without signing out, the sheet is no longer served offline; unsent work stays', async ({
	browser
}) => {
	test.setTimeout(90_000); // three sign-ins, each slow on purpose
	const id = await schedule(browser, 1);
	const { context, page } = await tablet(browser);
	await openSheet(page, id);
	// Opening it online made its offline copy.
	await expect
		.poll(() =>
			page.evaluate(
				async (path) => !!(await (await caches.open('siap-offline-pages')).match(path)),
				`/penilaian/${id}/nilai`
			)
		)
		.toBe(true);
	await context.setOffline(true);
	await level(page, 'KEL-04', 2).click();
	await page.locator('#catatan-KEL-04').fill('Catatan yang tidak boleh terbuka tanpa sesi.');
	await page.locator('#catatan-KEL-04').blur();
	await expect(page.getByTestId('pending')).toHaveText('1 perubahan dan 0 foto menunggu dikirim');

	// The tab is closed, and the session cookie expires (the tablet was left overnight); nobody
	// pressed Keluar. The next time there is signal, the sheet is opened once: the server sends
	// the browser to sign in, and the service worker sees it.
	await page.close();
	await context.clearCookies();
	await context.setOffline(false);
	const later = await context.newPage();
	await later.goto(`/penilaian/${id}/nilai`);
	await expect(later).toHaveURL(/\/login\?kembali=/);

	// Offline again: the copy is gone, the notes with it.
	await context.setOffline(true);
	const res = await later.goto(`/penilaian/${id}/nilai`);
	expect(res?.status()).toBe(503);
	await expect(later.getByRole('heading', { level: 1 })).toHaveText('Tidak tersedia offline');
	const list = await later.goto('/penilaian');
	expect(list?.status()).toBe(503);
	// The change made offline is still on the device, for when Budi signs in again.
	expect(await heldChanges(later, Number(id))).toEqual(['KEL-04']);
	await context.close();
});
