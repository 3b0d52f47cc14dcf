/**
 * The assessor on a tablet: opening a sheet is the list's main button; every jump to an indicator
 * leaves its title readable below the sticky bar; "lanjut otomatis" and the aspect strip save
 * scrolling, also without signal; evidence is a new photo or an existing file.
 */
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import {
	cameraPhoto,
	LANDSCAPE,
	PORTRAIT,
	scheduleDeclared,
	signedInPage,
	waitForApp
} from './helpers';

const sizes = [
	{ name: 'landscape', ...LANDSCAPE },
	{ name: 'portrait', ...PORTRAIT }
];

/** dinas.kaltim schedules the n-th Samarinda panti (of three) for Sari alone; Sari declares; the id. */
const schedule = (browser: Browser, n: number) =>
	scheduleDeclared(
		browser,
		'dinas.kaltim',
		{ from: '/panti?regionCode=64.72', panti: n, lead: 'Sari Asesor (Demo)' },
		'asesor.sari'
	);

const sari = (browser: Browser, size: { width: number; height: number }) =>
	signedInPage(browser, 'asesor.sari', size);

/** The card that has the focus (a jump focuses the card's levels). */
const focusedCard = (page: Page) =>
	page.evaluate(() => document.activeElement?.closest('article')?.id.slice(6) ?? '');

/**
 * Waits for the smooth scroll to settle, then: the title lies wholly below the sticky bar and
 * above the bottom of the screen.
 */
async function expectBelowBar(page: Page, title: Locator, what: string) {
	const boxes = async () => {
		const bar = (await page.getByTestId('score-bar').boundingBox())!;
		const t = (await title.boundingBox())!;
		return {
			barBottom: Math.round(bar.y + bar.height),
			top: Math.round(t.y),
			bottom: t.y + t.height
		};
	};
	let last = '';
	await expect
		.poll(async () => {
			const b = JSON.stringify(await boxes());
			const settled = b === last;
			last = b;
			return settled;
		})
		.toBe(true);
	const b = await boxes();
	expect(b.top, `${what} below the bar`).toBeGreaterThanOrEqual(b.barBottom);
	expect(b.bottom, `${what} on screen`).toBeLessThanOrEqual(page.viewportSize()!.height);
}
const expectTitleClear = (page: Page, code: string) =>
	expectBelowBar(page, page.locator(`#butir-${code} h3`), `title of ${code}`);

test('the list: opening a sheet is the large filled button, preparing offline the smaller one', async ({
	browser
}) => {
	test.setTimeout(60_000);
	const id = await schedule(browser, 1);
	for (const size of sizes) {
		const page = await sari(browser, size);
		await page.goto('/penilaian');
		await waitForApp(page);
		const row = page
			.getByRole('row')
			.filter({ has: page.locator(`a[href="/penilaian/${id}/nilai"]`) });
		const open = row.getByRole('link', { name: 'Buka lembar' });
		const prepare = row.getByRole('button', { name: 'Siapkan offline' });
		const [o, p] = [(await open.boundingBox())!, (await prepare.boundingBox())!];
		expect(o.height).toBeGreaterThanOrEqual(44);
		expect(o.width * o.height).toBeGreaterThan(p.width * p.height);
		// Filled (brand colour, white text) against the outlined secondary button.
		const fill = (l: typeof open) => l.evaluate((e) => getComputedStyle(e).backgroundColor);
		expect(await fill(open)).toBe('rgb(15, 82, 87)');
		expect(await fill(prepare)).toBe('rgb(255, 255, 255)');
		await page.screenshot({ path: `tests/screenshots/${size.name}-assessor-list.png` });
		await page.context().close();
	}
});

for (const size of sizes)
	test(`${size.name}: every jump to the next unanswered leaves the card's title below the sticky bar`, async ({
		browser
	}) => {
		test.setTimeout(90_000);
		const id = await schedule(browser, 1);
		const page = await sari(browser, size);
		await page.goto(`/penilaian/${id}/nilai`);
		await waitForApp(page);
		await page.screenshot({ path: `tests/screenshots/${size.name}-scoring.png` });
		const next = page.getByRole('button', { name: 'Butir berikutnya yang belum dinilai' });
		const seen: string[] = [];
		// Ten jumps: through the first aspect (seven indicators) and into the next one.
		for (let k = 0; k < 10; k++) {
			await next.click();
			const before = seen.at(-1);
			await expect
				.poll(async () => {
					const c = await focusedCard(page);
					return c !== '' && c !== before;
				})
				.toBe(true);
			const code = await focusedCard(page);
			await expectTitleClear(page, code);
			await page.locator(`#butir-${code}`).getByRole('radio').nth(2).click();
			seen.push(code);
		}
		expect(new Set(seen).size).toBe(10);
		expect(seen[7]).toMatch(/^SDM-/);
		// The aspect strip counts what was scored, and jumps to an aspect below the bar too.
		const nav = page.getByRole('navigation', { name: 'Aspek' });
		await expect(nav.getByRole('link', { name: /^KEL\b/ })).toContainText('7/7');
		await expect(nav.getByRole('link', { name: /^SDM Sumber Daya Manusia\b/ })).toContainText(
			'3/7'
		);
		await nav.getByRole('link', { name: /^SPR\b/ }).click();
		await expect(page.locator('#butir-SPR-01')).toBeVisible();
		await expectBelowBar(
			page,
			page.getByRole('heading', { name: /SPR · Sarana dan Prasarana/ }),
			'aspect SPR'
		);
	});

test('lanjut otomatis: remembered on the device, goes to the next unanswered, also offline', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const id = await schedule(browser, 2);
	const page = await sari(browser, PORTRAIT);
	await page.goto(`/penilaian/${id}/nilai`);
	await waitForApp(page);
	const level = (code: string, n: number) =>
		page.locator(`#butir-${code}`).getByRole('radio').nth(n);
	// Off by default: choosing a level stays on the card.
	await level('KEL-03', 1).click();
	await expect(page.getByTestId('save-state')).toHaveText(/Tersimpan/);
	const toggle = page.getByLabel(/Lanjut otomatis/);
	await expect(toggle).not.toBeChecked();
	await toggle.check();
	await page.reload();
	await waitForApp(page);
	await expect(toggle).toBeChecked();

	// KEL-03 is scored already: after KEL-02 the sheet skips it to KEL-04.
	await level('KEL-02', 3).click();
	await expect.poll(() => focusedCard(page)).toBe('KEL-04');
	await expectTitleClear(page, 'KEL-04');
	const kel = page.getByRole('navigation', { name: 'Aspek' }).getByRole('link', { name: /^KEL\b/ });
	await expect(kel).toContainText('2/7');

	// Without signal it goes on the same way, the choice kept on the device.
	await page.context().setOffline(true);
	await level('KEL-04', 2).click();
	await expect.poll(() => focusedCard(page)).toBe('KEL-05');
	await expectTitleClear(page, 'KEL-05');
	await level('KEL-05', 4).click();
	await expect.poll(() => focusedCard(page)).toBe('KEL-06');
	await expect(kel).toContainText('4/7');
	await expect(page.getByTestId('save-state')).toContainText('Tersimpan di perangkat');
	// KEL-01, never scored, waits its turn: after KEL-07 the sheet goes on to SDM-01.
	await level('KEL-06', 2).click();
	await expect.poll(() => focusedCard(page)).toBe('KEL-07');
	await level('KEL-07', 2).click();
	await expect.poll(() => focusedCard(page)).toBe('SDM-01');
	// The sticky bar stays compact without signal: two rows at most.
	const bar = (await page.getByTestId('score-bar').boundingBox())!;
	expect(bar.height).toBeLessThanOrEqual(120);
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.screenshot({ path: 'tests/screenshots/portrait-scoring-auto-offline.png' });
	await page.context().setOffline(false);
	await expect(page.getByTestId('pending')).toHaveText('Tidak ada yang menunggu', {
		timeout: 20_000
	});
	await page.context().close();
});

test('evidence: a new photo from the camera or an existing photo or PDF', async ({ browser }) => {
	test.setTimeout(60_000);
	const id = await schedule(browser, 2);
	const page = await sari(browser, LANDSCAPE);
	await page.goto(`/penilaian/${id}/nilai`);
	await waitForApp(page);
	const item = page.locator('#butir-KEL-01');
	const camera = item.getByLabel('Ambil foto');
	const files = item.getByLabel('Pilih berkas');
	await expect(camera).toHaveAttribute('capture', 'environment');
	await expect(camera).toHaveAttribute('accept', /image\/jpeg/);
	// Without `capture` Android offers the gallery and files as well as the camera.
	expect(await files.getAttribute('capture')).toBeNull();
	await expect(files).toHaveAttribute('accept', /application\/pdf/);
	await expect(files).toHaveAttribute('accept', /image\/jpeg/);
	await files.setInputFiles({
		name: 'foto-lama.jpg',
		mimeType: 'image/jpeg',
		buffer: await cameraPhoto(page, 800, 600)
	});
	await expect(item.getByRole('link', { name: /foto-lama\.jpg/ })).toBeVisible();
	await camera.setInputFiles({
		name: 'kamera.jpg',
		mimeType: 'image/jpeg',
		buffer: await cameraPhoto(page, 1200, 900)
	});
	await expect(item.getByRole('link', { name: /kamera\.jpg/ })).toBeVisible();
	await page.context().close();
});
