import { expect, test, type Page } from '@playwright/test';
import {
	cameraPhoto,
	declareNoConflict,
	KUTIM_LKSA_VISIT,
	LANDSCAPE,
	recordVisit,
	scheduleVisit,
	scoreAll,
	signedInPage,
	waitForApp
} from './helpers';

// The review of issue 16 (design.md §7): a reviewer sees the result and its safeguarding finding
// first, then every member's sheet with notes and photos; returns with a comment at an indicator;
// the lead sees it there, changes the sheet and resubmits; the reviewer sees what changed and
// finalizes a Tidak Terakreditasi only by typing FINALKAN. Screenshots at both tablet sizes.

const SIZES = [
	['landscape', 1024, 768],
	['portrait', 800, 1280]
] as const;

async function shots(page: Page, name: string, fullPage = true) {
	for (const [size, width, height] of SIZES) {
		await page.setViewportSize({ width, height });
		await page.screenshot({ path: `tests/screenshots/${size}-${name}.png`, fullPage });
	}
}

test('review: result first, sheets with notes and photos, return with comments, what changed, typed finalize', async ({
	browser
}) => {
	test.setTimeout(240_000); // three people, two submissions, ~130 saves and a dozen screenshots
	const dinas = await signedInPage(browser, 'dinas.kutim', LANDSCAPE);
	const d = dinas.context();
	const id = await scheduleVisit(dinas, KUTIM_LKSA_VISIT);
	const rina = await signedInPage(browser, 'asesor.rina', LANDSCAPE);
	const r = rina.context();
	const budi = await signedInPage(browser, 'asesor.budi', LANDSCAPE);
	const b = budi.context();

	await declareNoConflict(rina, id);
	await declareNoConflict(budi, id);
	// Both find PSD-08 (safeguarding, minimum 3) at 2; Budi sees KEL-02 one level lower than Rina.
	await scoreAll(
		rina,
		id,
		(c) => (c === 'PSD-08' ? 2 : 3),
		(c) => (c === 'PSD-08' ? 'Dua anak menyatakan takut kepada pengasuh malam.' : '')
	);
	await scoreAll(
		budi,
		id,
		(c) => (c === 'PSD-08' || c === 'KEL-02' ? 2 : 3),
		(c) => (c === 'KEL-02' ? 'Visi misi tidak dipajang di asrama.' : '')
	);
	const upload = await rina.request.post(`/api/penilaian/${id}/bukti`, {
		headers: { origin: new URL(rina.url()).origin },
		multipart: {
			code: 'KEL-01',
			file: {
				name: 'izin-operasional.jpg',
				mimeType: 'image/jpeg',
				buffer: await cameraPhoto(rina, 1200, 900)
			}
		}
	});
	expect(upload.status()).toBe(201);
	// Both below PSD-08's safeguarding minimum: the lead must choose it, with a reason.
	await rina.goto(`/penilaian/${id}/konsolidasi`);
	await waitForApp(rina);
	const psd08 = rina.getByRole('article', { name: /PSD-08/ });
	await psd08.getByLabel('Nilai konsolidasi').selectOption('2');
	await psd08.getByLabel('Alasan (wajib)').fill('Kedua asesor mendengar hal yang sama dari anak.');
	await rina.getByRole('button', { name: 'Simpan konsolidasi' }).click();
	await expect(rina.getByRole('status')).toContainText('Nilai konsolidasi tersimpan');
	await recordVisit(rina, id);
	const submitSheet = async () => {
		await rina.goto(`/penilaian/${id}`);
		await waitForApp(rina);
		rina.once('dialog', (dlg) => dlg.accept());
		await rina.getByRole('button', { name: 'Ajukan untuk ditinjau' }).click();
		await expect(rina.getByRole('status')).toContainText('Penilaian diajukan');
	};
	await submitSheet();

	// The reviewer finds it in the Penilaian list, and opens it from the assessment page.
	await dinas.goto('/penilaian');
	await expect(dinas.locator(`a[href="/penilaian/${id}/tinjau"]`)).toHaveText(
		'Tinjau dan putuskan'
	);
	await dinas.goto(`/penilaian/${id}`);
	await dinas.getByRole('link', { name: 'Buka halaman tinjauan' }).click();
	await waitForApp(dinas);
	await expect(dinas).toHaveURL(new RegExp(`/penilaian/${id}/tinjau$`));
	// The result and the safeguarding finding come before any sheet.
	const outcome = dinas.getByRole('region', { name: 'Hasil bila difinalkan sekarang' });
	await expect(outcome.getByTestId('safeguarding')).toContainText('PSD-08');
	await expect(outcome.getByTestId('review-grade')).toHaveText('Tidak Terakreditasi');
	await expect(outcome.getByTestId('review-total')).toHaveText(/^\d+(,\d+)?%$/);
	const order = await dinas.evaluate(() => {
		const y = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().top;
		return [y('[data-testid="safeguarding"]'), y('#changes-title'), y('#sheets-title')];
	});
	expect(order).toEqual([...order].sort((x, y) => x - y));
	await expect(dinas.getByTestId('no-earlier')).toBeVisible();
	// Every member's sheet side by side, with notes and the photo at a readable size.
	const kel02 = dinas.locator('#butir-KEL-02');
	await expect(kel02).toContainText('Rina Asesor (Demo) (ketua)');
	await expect(kel02).toContainText('Budi Asesor (Demo)');
	await expect(kel02).toContainText('Visi misi tidak dipajang di asrama.');
	await expect(dinas.locator('#butir-PSD-08')).toContainText(
		'Dua anak menyatakan takut kepada pengasuh malam.'
	);
	const photo = dinas.locator('#butir-KEL-01').getByRole('img', { name: 'izin-operasional.jpg' });
	await photo.scrollIntoViewIfNeeded();
	await expect(photo).toBeVisible();
	expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
	expect((await photo.boundingBox())!.width).toBeGreaterThan(300);
	// The filter narrows to where the assessors differ.
	await dinas.getByRole('button', { name: /^Asesor berbeda/ }).click();
	await expect(kel02).toBeVisible();
	await expect(dinas.locator('#butir-KEL-01')).toBeHidden();
	await dinas.getByRole('button', { name: /^Semua butir/ }).click();
	await dinas.evaluate(() => window.scrollTo(0, 0));
	await shots(dinas, 'review-page', false);
	for (const [size, width, height] of SIZES) {
		await dinas.setViewportSize({ width, height });
		await dinas.locator('#butir-KEL-01').evaluate((el) => el.scrollIntoView());
		await dinas.screenshot({ path: `tests/screenshots/${size}-review-sheets.png` });
	}

	// Return with comments at two indicators.
	const comment = async (code: string, text: string) => {
		const row = dinas.locator(`#butir-${code}`);
		await row.getByText('Beri catatan').click();
		await row.getByLabel(`Catatan untuk ${code}`).fill(text);
	};
	await comment('KEL-01', 'Foto izin operasional: periksa masa berlakunya.');
	await comment('PSD-08', 'Pastikan wawancara anak dilakukan tanpa pengasuh.');
	const returnForm = dinas.locator('#return-form');
	await expect(returnForm.getByTestId('return-comments')).toContainText('KEL-01');
	await expect(returnForm.getByTestId('return-comments')).toContainText('PSD-08');
	await returnForm
		.getByLabel('Kembalikan ke tim dengan alasan')
		.fill('Periksa ulang legalitas dan perlindungan anak.');
	await returnForm.scrollIntoViewIfNeeded();
	for (const [size, width, height] of SIZES) {
		await dinas.setViewportSize({ width, height });
		await returnForm.screenshot({ path: `tests/screenshots/${size}-review-return-form.png` });
	}
	await returnForm.getByRole('button', { name: 'Kembalikan' }).click();
	await expect(dinas.getByRole('status')).toContainText('dikembalikan');

	// The lead sees the comments at the top and at the indicator, and raises KEL-01.
	await rina.goto(`/penilaian/${id}/nilai`);
	await waitForApp(rina);
	const notes = rina.getByTestId('return-notes');
	await expect(notes).toContainText('Periksa ulang legalitas dan perlindungan anak.');
	await expect(notes).toContainText('Foto izin operasional: periksa masa berlakunya.');
	await expect(rina.locator('#butir-KEL-01').getByTestId('reviewer-comment')).toContainText(
		'periksa masa berlakunya'
	);
	await shots(rina, 'scoring-return-comments', false);
	await notes.getByRole('link', { name: /PSD-08/ }).click();
	await expect(rina.locator('#butir-PSD-08').getByTestId('reviewer-comment')).toBeInViewport();
	await rina.locator('#butir-KEL-01').getByRole('radio').nth(4).click();
	await expect(rina.getByTestId('save-state')).toHaveText(/Tersimpan/);
	await rina.goto(`/penilaian/${id}/konsolidasi`);
	await waitForApp(rina);
	await rina.getByRole('button', { name: /^Semua/ }).click();
	await rina
		.getByRole('article', { name: /KEL-01/ })
		.getByLabel('Nilai konsolidasi')
		.selectOption('4');
	await rina.getByRole('button', { name: 'Simpan konsolidasi' }).click();
	await expect(rina.getByRole('status')).toContainText('Nilai konsolidasi tersimpan');
	await submitSheet();

	// The reviewer sees the change next to the comment, and the unchanged commented indicator flagged.
	await dinas.goto(`/penilaian/${id}/tinjau`);
	await waitForApp(dinas);
	const changes = dinas.getByTestId('changes');
	await expect(changes.locator('li', { hasText: 'KEL-01' })).toContainText('Level 3 → 4');
	await expect(changes.locator('li', { hasText: 'KEL-01' })).toContainText(
		'Foto izin operasional: periksa masa berlakunya.'
	);
	await expect(changes.locator('li', { hasText: 'PSD-08' })).toContainText('Tidak berubah');

	// A Tidak Terakreditasi with a safeguarding finding needs FINALKAN typed, and the server checks.
	const refused = await dinas.request.post(`/penilaian/${id}/tinjau?/finalkan`, {
		form: {
			version: await dinas.locator('input[name="version"]').inputValue(),
			total: await dinas.locator('input[name="total"]').inputValue(),
			grade: 'TT',
			confirmation: ''
		},
		headers: { origin: new URL(dinas.url()).origin, accept: 'text/html' }
	});
	expect(refused.status()).toBe(400);
	expect(await refused.text()).toContain('Ketik FINALKAN');
	await dinas.getByRole('button', { name: 'Finalkan dan terbitkan hasil' }).click();
	const dialog = dinas.getByRole('dialog', { name: /Finalkan penilaian/ });
	await expect(dialog.getByTestId('confirm-grade')).toHaveText('Tidak Terakreditasi');
	await expect(dialog).toContainText('PSD-08');
	await expect(dialog).toContainText('Tidak ada sertifikat');
	const yes = dialog.getByRole('button', { name: 'Ya, finalkan' });
	await expect(yes).toBeDisabled();
	await dialog.getByLabel(/Ketik FINALKAN/).fill('finalkan');
	await expect(yes).toBeEnabled();
	await shots(dinas, 'review-finalize-confirmation', false);
	await yes.click();
	await expect(dinas.getByRole('status')).toContainText('difinalkan');
	await expect(dinas.getByText('Tidak Terakreditasi').first()).toBeVisible();
	// Afterwards the review page stays readable, without decisions.
	await dinas.goto(`/penilaian/${id}/tinjau`);
	await expect(dinas.getByTestId('read-only')).toContainText('sudah difinalkan');
	await expect(dinas.getByRole('button', { name: 'Finalkan dan terbitkan hasil' })).toHaveCount(0);
	await Promise.all([d.close(), r.close(), b.close()]);
});

test('the review page and its evidence stay within scope', async ({ browser }) => {
	test.setTimeout(120_000); // six sign-ins, each slow on purpose
	const dinas = await signedInPage(browser, 'dinas.kutim', LANDSCAPE);
	const d = dinas.context();
	const id = await scheduleVisit(dinas, KUTIM_LKSA_VISIT);
	expect((await dinas.goto(`/penilaian/${id}/tinjau`))?.status()).toBe(200);
	const rina = await signedInPage(browser, 'asesor.rina', LANDSCAPE);
	const r = rina.context();
	await declareNoConflict(rina, id);
	const upload = await rina.request.post(`/api/penilaian/${id}/bukti`, {
		headers: { origin: new URL(rina.url()).origin },
		multipart: {
			code: 'KEL-01',
			file: { name: 'papan.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto(rina, 400, 300) }
		}
	});
	expect(upload.status()).toBe(201);
	const { id: fileId } = (await upload.json()) as { id: number };
	// The reviewer of the scope may read the evidence.
	expect((await dinas.request.get(`/api/bukti/${fileId}`)).status()).toBe(200);
	// The lead scores but does not review: no review page.
	expect((await rina.goto(`/penilaian/${id}/tinjau`))?.status()).toBe(404);
	await r.close();
	// Another Dinas, a panti head (of this panti or another) and an assessor off the team: no
	// review page, no review action; and evidence outside one's scope is not there for them.
	for (const username of ['dinas.kalsel', 'kepala.kutim', 'kepala.banjarmasin', 'asesor.sari']) {
		const page = await signedInPage(browser, username, LANDSCAPE);
		const context = page.context();
		expect((await page.goto(`/penilaian/${id}/tinjau`))?.status(), username).toBe(404);
		const post = await page.request.post(`/penilaian/${id}/tinjau?/kembalikan`, {
			form: { reason: 'Saya bukan peninjau penilaian ini.' },
			headers: { origin: new URL(page.url()).origin, accept: 'text/html' }
		});
		expect(post.status(), username).toBe(404);
		if (username !== 'kepala.kutim')
			expect((await page.request.get(`/api/bukti/${fileId}`)).status(), username).toBe(404);
		await context.close();
	}
	await d.close();
});
