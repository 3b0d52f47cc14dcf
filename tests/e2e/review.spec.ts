import { expect, test, type Page } from '@playwright/test';
import { declareNoConflict, login, recordVisit, scoreAll, waitForApp } from './helpers';

test('submit, return with a reason, fix, finalize: the result is what the engine computes', async ({
	browser
}) => {
	test.setTimeout(90_000); // three people and ~60 saves: a long journey on a slow CI machine
	// dinas.jepara schedules a visit with Yusuf alone as the team (a one-person team grades directly).
	const d = await browser.newContext();
	const dinas = await d.newPage();
	await login(dinas, 'dinas.jepara');
	await dinas.locator('tbody a').first().click();
	await dinas.getByRole('button', { name: 'Jadwalkan visitasi' }).click();
	await waitForApp(dinas);
	await dinas.getByLabel('Ketua tim').selectOption({ label: 'Yusuf Asesor (Demo)' });
	await dinas.getByRole('button', { name: 'Jadwalkan' }).click();
	await expect(dinas.getByRole('status')).toContainText('Penilaian dijadwalkan');
	const id = dinas.url().split('/').pop()!.replace(/\?.*/, '');

	const y = await browser.newContext();
	const yusuf = await y.newPage();
	await login(yusuf, 'asesor.yusuf');
	await declareNoConflict(yusuf, id);
	const count = (await scoreAll(yusuf, id, 3)).length;
	expect(count).toBeGreaterThanOrEqual(52);
	await recordVisit(yusuf, id);

	await yusuf.goto(`/penilaian/${id}`);
	await waitForApp(yusuf);
	yusuf.once('dialog', (dlg) => dlg.accept());
	await yusuf.getByRole('button', { name: 'Ajukan untuk ditinjau' }).click();
	await expect(yusuf.getByRole('status')).toContainText('Penilaian diajukan');

	// The sheet is frozen now: the API refuses.
	const frozen = await yusuf.request.post(`/api/penilaian/${id}/skor`, {
		data: { code: 'KEL-01', level: 0, notApplicable: false, note: '', version: 1 }
	});
	expect(frozen.status()).toBe(403);

	await dinas.goto(`/penilaian/${id}`);
	await dinas.getByRole('link', { name: 'Buka halaman tinjauan' }).click();
	await waitForApp(dinas);
	await dinas.getByRole('button', { name: 'Kembalikan' }).click();
	await expect(dinas.getByRole('alert')).toContainText('Alasan minimal 10 karakter');
	await dinas
		.getByLabel('Kembalikan ke tim dengan alasan')
		.fill('Foto izin operasional belum dilampirkan.');
	await dinas.getByRole('button', { name: 'Kembalikan' }).click();
	await expect(dinas.getByRole('status')).toContainText('dikembalikan');

	await yusuf.goto(`/penilaian/${id}/nilai`);
	await expect(yusuf.getByText('Foto izin operasional belum dilampirkan.')).toBeVisible();
	await yusuf.goto(`/penilaian/${id}`);
	await waitForApp(yusuf);
	yusuf.once('dialog', (dlg) => dlg.accept());
	await yusuf.getByRole('button', { name: 'Ajukan untuk ditinjau' }).click();
	await expect(yusuf.getByRole('status')).toContainText('Penilaian diajukan');

	await dinas.goto(`/penilaian/${id}/tinjau`);
	await waitForApp(dinas);
	await dinas.getByRole('button', { name: 'Finalkan dan terbitkan hasil' }).click();
	const confirm = dinas.getByRole('dialog', { name: /Finalkan penilaian/ });
	await expect(confirm.getByTestId('confirm-grade')).toHaveText('A (Baik Sekali)');
	await confirm.getByRole('button', { name: 'Ya, finalkan' }).click();
	await expect(dinas.getByRole('status')).toContainText('difinalkan');
	// Every indicator at level 3 of 4: 75 % in every aspect → total 75 % → A (> 66 %), 5 years.
	await expect(dinas.getByText('Nilai total 75%')).toBeVisible();
	await expect(dinas.getByText(/^SIAP\/\d{4}\/33\.20\/\d{5}$/)).toBeVisible();

	await dinas.goto(`/penilaian/${id}/hasil`);
	await expect(dinas.getByTestId('total')).toHaveText('75%');
	await expect(dinas.getByTestId('grade')).toHaveText('A (Baik Sekali)');
	await expect(dinas.getByTestId('provisional')).toHaveCount(0);

	// A finalized assessment cannot be changed, even by posting to the actions directly.
	const post = (page: Page, path: string) =>
		page.request.post(`/penilaian/${id}${path}`, {
			form: { reason: 'mencoba mengubah hasil final', version: '0', total: '75', grade: 'A' },
			headers: { origin: new URL(page.url()).origin, accept: 'text/html' }
		});
	// The lead may submit, but not any more; reviewing is not theirs at all (the review page and
	// its actions do not exist for them: 404).
	for (const [path, status, text] of [
		['?/ajukan', 400, /sudah diajukan/],
		['/tinjau?/kembalikan', 404, /tidak ditemukan/],
		['/tinjau?/finalkan', 404, /tidak ditemukan/]
	] as const) {
		const res = await post(yusuf, path);
		expect(res.status(), path).toBe(status);
		expect(await res.text(), path).toMatch(text);
	}
	// The reviewer may not take a second decision either.
	for (const path of ['/tinjau?/kembalikan', '/tinjau?/finalkan']) {
		const res = await post(dinas, path);
		expect(res.status(), path).toBe(400);
	}
	const api = await yusuf.request.post(`/api/penilaian/${id}/skor`, {
		data: { code: 'KEL-01', level: 0, notApplicable: false, note: '', version: 2 }
	});
	expect(api.status()).toBe(403);
	await dinas.goto(`/penilaian/${id}/hasil`);
	await expect(dinas.getByTestId('total')).toHaveText('75%');

	// The history shows the state changes and who made them.
	await dinas.goto(`/penilaian/${id}/riwayat`);
	await expect(dinas.getByRole('row', { name: /Status berubah/ }).first()).toBeVisible();
	await expect(dinas.getByText('Foto izin operasional belum dilampirkan.')).toBeVisible();
	await d.close();
	await y.close();
});
