/**
 * Accessibility: axe-core on every main page of every role, WCAG 2.1 A/AA rules, no
 * serious or critical violation; and the scoring page used with the keyboard alone.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { declareNoConflict, signedInPage, waitForApp } from './helpers';

const problems: string[] = [];
let audited = 0;
/** Moderate and minor findings: reported in the log, not failing. */
const lesser = new Map<string, number>();

/** Runs axe on the current page; collects serious and critical violations. */
async function audit(page: Page, name: string) {
	await waitForApp(page);
	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	audited++;
	for (const v of violations)
		if (v.impact !== 'serious' && v.impact !== 'critical')
			lesser.set(`${v.id} [${v.impact}]`, (lesser.get(`${v.id} [${v.impact}]`) ?? 0) + 1);
		else
			problems.push(
				`${name} (${new URL(page.url()).pathname}): ${v.id} [${v.impact}] ${v.help} — ${v.nodes
					.slice(0, 3)
					.map((n) => n.target.join(' '))
					.join(' | ')}`
			);
}

/** dinas.kaltim schedules a Samarinda panti for Sari alone; returns the assessment id. */
async function schedule(dinas: Page): Promise<string> {
	await dinas.goto('/panti?regionCode=64.72');
	await dinas.locator('tbody a').first().click();
	await dinas.getByRole('button', { name: 'Jadwalkan visitasi' }).click();
	await audit(dinas, 'jadwalkan visitasi');
	await dinas.getByLabel('Ketua tim').selectOption({ label: 'Sari Asesor (Demo)' });
	await dinas.getByRole('button', { name: 'Jadwalkan' }).click();
	await expect(dinas.getByRole('status')).toContainText('Penilaian dijadwalkan');
	return dinas.url().split('/').pop()!.replace(/\?.*/, '');
}

test('every main page has no serious or critical axe violation', async ({ browser }) => {
	test.setTimeout(300_000); // three more states audited: the results matrix open, a plan row open, a filter with no match
	const anon = await (await browser.newContext()).newPage();
	await anon.goto('/login');
	await audit(anon, 'masuk');
	await anon.goto('/verifikasi');
	await audit(anon, 'verifikasi');
	await anon.goto('/verifikasi/TIDAKADA00000000');
	await audit(anon, 'verifikasi tidak dikenal');

	const admin = await signedInPage(browser, 'admin');
	for (const [name, path] of [
		['pengguna', '/admin/pengguna'],
		['pengguna baru', '/admin/pengguna/baru'],
		['dasbor nasional', '/dasbor'],
		['rubrik', '/rubrik']
	]) {
		await admin.goto(path!);
		await audit(admin, name!);
	}
	await admin.locator('main a[href^="/rubrik/"]').first().click();
	await audit(admin, 'rubrik detail');
	await admin.goto('/admin/pengguna');
	await admin.locator('tbody a').first().click();
	await audit(admin, 'ubah pengguna');

	const dinas = await signedInPage(browser, 'dinas.kaltim');
	await audit(dinas, 'daftar panti');
	await dinas.locator('tbody a').first().click();
	await audit(dinas, 'profil panti');
	await dinas.getByRole('link', { name: 'Ubah data' }).click();
	await audit(dinas, 'ubah panti');
	for (const [name, path] of [
		['panti baru', '/panti/baru'],
		['impor panti', '/panti/impor'],
		['dasbor provinsi', '/dasbor'],
		['bandingkan', '/panti/bandingkan?q=Demo'],
		['rencana (dinas)', '/rencana'],
		['agenda wilayah (provinsi)', '/agenda'],
		['agenda kab/kota (baca saja)', '/agenda?wilayah=64.08&ubah=1'],
		['agenda kosong', '/agenda?wilayah=64.72'],
		['daftar penilaian (dinas)', '/penilaian?status=finalized'],
		['akun kepala panti', '/kepala-panti?panti=Demo']
	]) {
		await dinas.goto(path!);
		await audit(dinas, name!);
	}
	const id = await schedule(dinas);
	await audit(dinas, 'penilaian');

	const sari = await signedInPage(browser, 'asesor.sari');
	await audit(sari, 'penilaian saya');
	await sari.goto(`/penilaian/${id}/deklarasi`);
	await audit(sari, 'pernyataan konflik kepentingan');
	await declareNoConflict(sari, id);
	await audit(sari, 'lembar penilaian');
	await sari.goto(`/penilaian/${id}/konsolidasi`);
	await audit(sari, 'konsolidasi');
	await sari.goto(`/penilaian/${id}/riwayat`);
	await audit(sari, 'riwayat penilaian');

	const head = await signedInPage(browser, 'kepala.kutim');
	await audit(head, 'beranda');
	await head
		.getByRole('navigation', { name: 'Navigasi utama' })
		.getByRole('link', { name: 'Rencana perbaikan' })
		.click();
	await head.waitForURL(/\/rencana\/\d+/);
	await audit(head, 'rencana perbaikan');
	// One row open into its form, and a filter with no match.
	await head.getByRole('article').first().getByRole('link', { name: /^Ubah/ }).click();
	await head.getByRole('article').first().getByLabel('Catatan kemajuan').waitFor();
	await audit(head, 'rencana perbaikan, formulir terbuka');
	await head.goto(`${head.url().split('?')[0]}?status=selesai&pj=Tidak+Ada`);
	await audit(head, 'rencana perbaikan, filter tanpa hasil');
	await head.goto('/beranda');
	await head
		.getByRole('link', { name: /Lihat hasil/ })
		.first()
		.click();
	await audit(head, 'hasil');
	// The full matrix open, on every indicator, and a help opened.
	await head.getByTestId('matrix').locator(':scope > summary').click();
	await head.getByTestId('matrix').getByLabel('Semua butir').check();
	await head.getByTestId('next-steps').locator('summary', { hasText: 'Apa itu poin?' }).click();
	await audit(head, 'hasil, matriks terbuka');
	await head.goto('/akun');
	await audit(head, 'akun');

	console.log(
		`axe: ${audited} pages audited, ${problems.length} serious or critical; lesser: ${JSON.stringify(Object.fromEntries(lesser))}`
	);
	expect(problems).toEqual([]);
});

test('scoring works with the keyboard alone', async ({ browser }) => {
	const dinas = await signedInPage(browser, 'dinas.kaltim');
	const id = await schedule(dinas);
	const page = await signedInPage(browser, 'asesor.sari');
	await declareNoConflict(page, id);
	await waitForApp(page);

	const focused = () =>
		page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			return {
				item: el?.closest('article')?.id ?? '',
				role: el?.getAttribute('role') ?? el?.tagName.toLowerCase() ?? '',
				text: el?.textContent?.trim().slice(0, 40) ?? ''
			};
		});
	// Tab from the top of the page to the first indicator's levels: one tab stop per indicator.
	let steps = 0;
	while ((await focused()).role !== 'radio') {
		await page.keyboard.press('Tab');
		if (++steps > 40) throw new Error('no level reachable by Tab');
	}
	const first = (await focused()).item;
	expect(first).toMatch(/^butir-/);
	// Arrow keys move between levels, Space chooses.
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Space');
	const levels = page.locator(`#${first}`).getByRole('radio');
	await expect(levels.nth(3)).toHaveAttribute('aria-checked', 'true');
	await expect(levels.nth(3)).toBeFocused();
	await expect(levels.nth(3)).toHaveCSS('outline-style', 'solid');
	await expect(page.getByTestId('save-state')).toHaveText(/Tersimpan/);
	// The next Tab leaves the level group for the note; typing and leaving it saves the note.
	await page.keyboard.press('Tab');
	expect((await focused()).role).toBe('textarea');
	await page.keyboard.type('Dinilai dengan papan ketik.');
	await page.keyboard.press('Tab');
	await expect(page.getByTestId('save-state')).toHaveText(/Tersimpan/);
	// "Next unanswered" by keyboard puts focus on the next indicator's levels.
	await page.getByRole('button', { name: /berikutnya yang belum dinilai/ }).focus();
	await page.keyboard.press('Enter');
	await expect.poll(async () => (await focused()).role).toBe('radio');
	const second = (await focused()).item;
	expect(second).not.toBe(first);
	await page.keyboard.press('Enter');
	await expect(page.locator(`#${second}`).getByRole('radio').first()).toHaveAttribute(
		'aria-checked',
		'true'
	);
	await expect(page.getByTestId('save-state')).toHaveText(/Tersimpan/);

	await page.reload();
	await waitForApp(page);
	await expect(page.locator(`#${first}`).getByRole('radio').nth(3)).toHaveAttribute(
		'aria-checked',
		'true'
	);
	await expect(page.locator(`#${first} textarea`)).toHaveValue('Dinilai dengan papan ketik.');
});
