/**
 * Grades a Dinas Sosial can defend: what was finalized stays as issued when the panti
 * is renamed or retyped, and the kepala's self-assessment never replaces the visit's plan.
 * On kepala.jepara's panti, which the demo history leaves without any assessment.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { pdfPages } from '../support/pdf-inspect';
import { declareNoConflict, recordVisit, scoreAll, signedInPage, waitForApp } from './helpers';

async function submitSheet(page: Page, id: string, button: string) {
	await page.goto(`/penilaian/${id}`);
	await waitForApp(page);
	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: button }).click();
	await expect(page.getByRole('status')).toBeVisible();
}

async function download(page: Page, link: RegExp): Promise<string> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('pdf-links').first().getByRole('link', { name: link }).click()
	]);
	return (await pdfPages(readFileSync(await file.path()))).pages.join('\n');
}

test('a finalized accreditation stays as issued through a rename and a retype; a self-assessment leaves the visit plan intact', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const head = await signedInPage(browser, 'kepala.jepara');
	const name = (await head.getByRole('heading', { level: 1 }).textContent())!.trim();

	// The Dinas schedules a visit; Yusuf (a one-person team) scores every indicator at 3 of 4.
	const dinas = await signedInPage(browser, 'dinas.jepara');
	await dinas.goto(`/panti?q=${encodeURIComponent(name)}`);
	await dinas.getByRole('link', { name, exact: true }).click();
	await expect(dinas.getByRole('heading', { level: 1 })).toContainText(name);
	const pantiUrl = dinas.url();
	await dinas.getByRole('button', { name: 'Jadwalkan visitasi' }).click();
	await waitForApp(dinas);
	await dinas.getByLabel('Ketua tim').selectOption({ label: 'Yusuf Asesor (Demo)' });
	await dinas.getByRole('button', { name: 'Jadwalkan' }).click();
	await expect(dinas.getByRole('status')).toContainText('Penilaian dijadwalkan');
	const visit = new URL(dinas.url()).pathname.split('/').pop()!;

	const yusuf = await signedInPage(browser, 'asesor.yusuf');
	await declareNoConflict(yusuf, visit);
	await scoreAll(yusuf, visit, () => 3);
	await recordVisit(yusuf, visit);
	await submitSheet(yusuf, visit, 'Ajukan untuk ditinjau');

	await dinas.goto(`/penilaian/${visit}`);
	await waitForApp(dinas);
	// Level 3 of 4 everywhere: 75 % → A; the review card says so before the decision.
	await expect(dinas.getByTestId('review-result')).toContainText('75');
	await expect(dinas.getByTestId('review-result')).toContainText('A (Baik Sekali)');
	await dinas.goto(`/penilaian/${visit}/tinjau`);
	await waitForApp(dinas);
	await dinas.getByRole('button', { name: 'Finalkan dan terbitkan hasil' }).click();
	const confirm = dinas.getByRole('dialog', { name: /Finalkan penilaian/ });
	await expect(confirm.getByTestId('confirm-grade')).toHaveText('A (Baik Sekali)');
	await confirm.getByRole('button', { name: 'Ya, finalkan' }).click();
	await expect(dinas.getByRole('status')).toContainText('difinalkan');
	const verify = await dinas.getByRole('link', { name: /^\/verifikasi\// }).getAttribute('href');

	await dinas.goto(`/penilaian/${visit}/hasil`);
	const total = await dinas.getByTestId('total').textContent();
	expect(total).toBe('75%');
	const certificate = await download(dinas, /sertifikat/);
	expect(certificate).toContain(name);
	await dinas.goto(verify!);
	await expect(dinas.locator('main')).toContainText(name);

	// The Dinas renames the panti and changes its type.
	await dinas.goto(pantiUrl);
	await dinas.getByRole('link', { name: 'Ubah data' }).click();
	await waitForApp(dinas);
	await dinas.getByLabel('Nama panti').fill(`${name} Berganti Nama`);
	await dinas.getByLabel('Jenis panti').selectOption('lanjut-usia');
	await dinas.getByRole('button', { name: /Simpan/ }).click();
	await expect(dinas.getByRole('heading', { level: 1 })).toContainText('Berganti Nama');

	// What was issued does not move: results, certificate, public check.
	await dinas.goto(`/penilaian/${visit}/hasil`);
	await expect(dinas.getByTestId('total')).toHaveText(total!);
	await expect(dinas.getByTestId('grade')).toHaveText('A (Baik Sekali)');
	await expect(dinas.getByTestId('provisional')).toHaveCount(0);
	const after = await download(dinas, /sertifikat/);
	expect(after).toContain(name);
	expect(after).not.toContain('Berganti Nama');
	await dinas.goto(verify!);
	await expect(dinas.locator('main')).toContainText(name);
	await expect(dinas.locator('main')).not.toContainText('Berganti Nama');

	// The visit's plan: one action per gap (every indicator is one level short).
	await head.goto('/rencana');
	const planUrl = head.url();
	const visitActions = await head.locator('[id^="tindakan-"]').count();
	expect(visitActions).toBeGreaterThan(0);

	// The kepala runs a self-assessment and gives the panti every top level.
	await head.goto('/beranda');
	await head.getByRole('link', { name: 'Profil dan riwayat penilaian' }).click();
	await head.getByRole('button', { name: 'Mulai penilaian mandiri' }).click();
	await head.waitForURL(/\/penilaian\/\d+/);
	const self = new URL(head.url()).pathname.split('/')[2]!;
	await scoreAll(head, self, () => 4);
	await submitSheet(head, self, 'Selesaikan penilaian mandiri');

	// The visit's plan is still the one to follow, with every action; the indicative one beside it.
	await head.goto('/rencana');
	expect(head.url()).toBe(planUrl);
	await expect(head.locator('[id^="tindakan-"]')).toHaveCount(visitActions);
	await expect(head.getByText('digantikan')).toHaveCount(0);
	await head.goto('/beranda');
	const plans = head.getByTestId('home-plan');
	await expect(plans).toHaveCount(2);
	await expect(plans.nth(0)).toContainText('dari visitasi Dinas Sosial');
	await expect(plans.nth(1)).toContainText('indikatif');
	// The home's result is still the accreditation, not the self-given grade.
	await expect(head.getByRole('heading', { name: /Hasil akreditasi terakhir/ })).toBeVisible();
});
