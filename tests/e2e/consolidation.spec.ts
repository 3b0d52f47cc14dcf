import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { declareNoConflict, KUTIM_LKSA_VISIT, login, scheduleAs, waitForApp } from './helpers';

/** What the tablet shows (the save bar sticks to the bottom), with `focus` scrolled to the middle. */
async function shoot(page: Page, name: string, focus?: Locator) {
	if (focus) await focus.evaluate((el) => el.scrollIntoView({ block: 'center' }));
	else await page.evaluate(() => window.scrollTo(0, 0));
	await page.screenshot({ path: `tests/screenshots/${name}.png` });
}

/** Serious and critical WCAG 2.1 A/AA findings on the page as it is now (as accessibility.spec). */
async function axeProblems(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('consolidation never decides silently: explicit choice with a reason, minimums marked, filters, a stale tab refused', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const id = await scheduleAs(browser, 'dinas.kutim', KUTIM_LKSA_VISIT);
	const post = (page: Page, code: string, level: number, note = '') =>
		page.request.post(`/api/penilaian/${id}/skor`, {
			data: { code, level, notApplicable: false, note, version: 0 }
		});
	const b = await browser.newContext();
	const budi = await b.newPage();
	await login(budi, 'asesor.budi');
	await declareNoConflict(budi, id);
	const budiNote = 'Izin operasional yang ditunjukkan sudah habis masa berlakunya.';
	expect((await post(budi, 'KEL-01', 2, budiNote)).status()).toBe(200);
	expect((await post(budi, 'KEL-02', 3)).status()).toBe(200);
	expect((await post(budi, 'KEL-03', 2)).status()).toBe(200);

	const a = await browser.newContext({ viewport: { width: 1024, height: 768 } });
	const rina = await a.newPage();
	await login(rina, 'asesor.rina');
	await declareNoConflict(rina, id);
	const rinaNote = 'Akta, SK Kemenkumham dan izin operasional baru (berlaku s.d. 2029) diperiksa.';
	expect((await post(rina, 'KEL-01', 4, rinaNote)).status()).toBe(200);
	expect((await post(rina, 'KEL-02', 3)).status()).toBe(200);
	expect((await post(rina, 'KEL-03', 3)).status()).toBe(200);
	await rina.goto(`/penilaian/${id}/konsolidasi`);
	await waitForApp(rina);

	// The page opens on the one row that needs the lead's decision.
	const filter = (name: RegExp) => rina.getByRole('button', { name });
	await expect(filter(/^Perlu keputusan \(1\)$/)).toHaveAttribute('aria-pressed', 'true');
	await expect(filter(/^Berselisih \(2\)$/)).toBeVisible();
	await expect(filter(/^Syarat minimum \(\d+\)$/)).toBeVisible();
	await expect(rina.getByRole('article')).toHaveCount(1);
	const kel01 = rina.getByRole('article', { name: /KEL-01/ });
	await expect(kel01.getByText('Perlu keputusan', { exact: true })).toBeVisible();
	// Both notes are on the page, under each member's level (no hover needed).
	await expect(kel01.getByText(budiNote)).toBeVisible();
	await expect(kel01.getByText(rinaNote)).toBeVisible();
	// Nothing is chosen for the lead: the proposal (the lower median, 2) is only a hint.
	const choice = kel01.getByLabel('Nilai konsolidasi');
	await expect(choice).toHaveValue('');
	await expect(kel01.getByText('Usulan sistem: 2 (tidak dipilih otomatis)')).toBeVisible();

	// Picking a value below the legal-status gate is marked before anything is saved.
	await choice.selectOption('2');
	await expect(kel01.getByTestId('warning-KEL-01')).toHaveText(
		'Di bawah syarat minimum (level 3): peringkat menjadi Tidak Terakreditasi.'
	);
	expect(await axeProblems(rina)).toEqual([]);
	await shoot(rina, 'landscape-consolidation-decision', kel01);
	await rina.setViewportSize({ width: 800, height: 1280 });
	await shoot(rina, 'portrait-consolidation-decision', kel01);
	await rina.setViewportSize({ width: 1024, height: 768 });

	// Without a reason the save is refused, naming the indicator; the choice stays in the form.
	await rina.getByRole('button', { name: 'Simpan konsolidasi' }).click();
	await expect(rina.getByTestId('save-error')).toContainText(
		'Tuliskan alasan keputusan untuk KEL-01'
	);
	await expect(choice).toHaveValue('2');
	await kel01
		.getByLabel('Alasan (wajib)')
		.fill('Izin operasional habis; bukti baru belum disahkan.');
	await rina.getByRole('button', { name: 'Simpan konsolidasi' }).click();
	await expect(rina.getByRole('status')).toContainText('Nilai konsolidasi tersimpan');
	// Saved, and still marked as failing the gate.
	await expect(choice).toHaveValue('2');
	await expect(kel01.getByTestId('warning-KEL-01')).toBeVisible();
	await expect(kel01.getByText(/^Tersimpan 2 · Rina Asesor/)).toBeVisible();

	// The other filters: disagreements (KEL-01, KEL-03 one level apart), and all rows.
	await filter(/^Berselisih/).click();
	await expect(rina.getByRole('article')).toHaveCount(2);
	await expect(rina.getByRole('article', { name: /KEL-03/ })).toBeVisible();
	await filter(/^Semua/).click();
	expect(await rina.getByRole('article').count()).toBeGreaterThan(30);
	await expect(
		rina.getByRole('article', { name: /KEL-02/ }).getByLabel('Nilai konsolidasi')
	).toHaveValue('3');

	// Two tabs of the lead, both loaded now. The first saves 4; the stale one then tries 3.
	const stale = await a.newPage();
	await stale.goto(`/penilaian/${id}/konsolidasi`);
	await waitForApp(stale);
	await choice.selectOption('4');
	await kel01
		.getByLabel('Alasan (wajib)')
		.fill('Izin baru berlaku sampai 2029, asli diperlihatkan.');
	await rina.getByRole('button', { name: 'Simpan konsolidasi' }).click();
	await expect(rina.getByRole('status')).toContainText('Nilai konsolidasi tersimpan');

	const staleRow = stale.getByRole('article', { name: /KEL-01/ });
	await staleRow.getByLabel('Nilai konsolidasi').selectOption('3');
	await stale.getByRole('button', { name: 'Simpan konsolidasi' }).click();
	const conflict = stale.getByTestId('save-error');
	await expect(conflict).toContainText('1 butir sudah diubah di tab atau perangkat lain');
	await expect(conflict).toContainText('KEL-01: sekarang tersimpan 4, oleh Rina Asesor (Demo)');
	await expect(staleRow.getByRole('alert')).toContainText('sekarang 4');
	// The stale tab keeps its choice for the lead to re-apply; the first tab's value stands.
	await expect(staleRow.getByLabel('Nilai konsolidasi')).toHaveValue('3');
	expect(await axeProblems(stale)).toEqual([]);
	await shoot(stale, 'landscape-consolidation-conflict');
	await shoot(stale, 'landscape-consolidation-conflict-row', staleRow);
	await stale.setViewportSize({ width: 800, height: 1280 });
	await shoot(stale, 'portrait-consolidation-conflict');
	await rina.reload();
	await waitForApp(rina);
	await expect(
		rina.getByRole('article', { name: /KEL-01/ }).getByLabel('Nilai konsolidasi')
	).toHaveValue('4');
	await a.close();
	await b.close();
});
