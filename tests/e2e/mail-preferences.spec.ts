import { expect, test } from '@playwright/test';
import { login, waitForApp } from './helpers';

// Akun saya → "Pemberitahuan lewat email" (issue 19). The e2e server has no SMTP settings, so the
// page also says mail is off here; the choice is kept all the same.
test('a Dinas chooses which notices also come by email, and a bad address is refused', async ({
	page
}) => {
	await login(page, 'dinas.ntb');
	await page.goto('/akun');
	await waitForApp(page);
	const section = page.locator('form', {
		has: page.getByRole('heading', { name: 'Pemberitahuan lewat email' })
	});
	await expect(section.getByRole('note')).toContainText(
		'Server ini belum dikonfigurasi untuk mengirim email; pemberitahuan tetap muncul di kotak masuk.'
	);
	// Only what a Dinas can receive is offered.
	const submitted = section.getByLabel('Penilaian diajukan untuk ditinjau');
	await expect(submitted).toBeVisible();
	await expect(section.getByLabel('Ditugaskan ke kunjungan')).toHaveCount(0);

	const email = section.getByLabel('Alamat email');
	await email.fill('ntb di dinsos');
	await submitted.check();
	await section.getByRole('button', { name: 'Simpan pilihan email' }).click();
	await expect(section.getByText('Alamat email tidak valid')).toBeVisible();
	await expect(email).toHaveAttribute('aria-invalid', 'true');
	await expect(submitted).toBeChecked(); // what was typed stays to be corrected
	for (const size of [
		{ name: 'landscape', width: 1024, height: 768 },
		{ name: 'portrait', width: 800, height: 1280 }
	]) {
		await page.setViewportSize({ width: size.width, height: size.height });
		await section.screenshot({ path: `tests/screenshots/${size.name}-mail-preferences-error.png` });
	}
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.reload();
	await expect(email).toHaveValue(''); // nothing was saved
	await expect(submitted).not.toBeChecked();

	await email.fill('dinsos.ntb@example.go.id');
	await submitted.check();
	await section.getByLabel('Dokumen legal segera berakhir').check();
	await section.getByRole('button', { name: 'Simpan pilihan email' }).click();
	await expect(page.getByRole('status')).toContainText(
		'Pilihan pemberitahuan lewat email tersimpan.'
	);
	await page.reload();
	await expect(email).toHaveValue('dinsos.ntb@example.go.id');
	await expect(submitted).toBeChecked();
	await expect(section.getByLabel('Dokumen legal segera berakhir')).toBeChecked();
	await expect(section.getByLabel('Akreditasi segera berakhir')).not.toBeChecked();
	for (const size of [
		{ name: 'landscape', width: 1024, height: 768 },
		{ name: 'portrait', width: 800, height: 1280 }
	]) {
		await page.setViewportSize({ width: size.width, height: size.height });
		await page.screenshot({
			path: `tests/screenshots/${size.name}-mail-preferences.png`,
			fullPage: true
		});
	}

	// Stopping: empty the address and the choices.
	await email.fill('');
	for (const box of await section.getByRole('checkbox').all()) await box.uncheck();
	await section.getByRole('button', { name: 'Simpan pilihan email' }).click();
	await expect(page.getByRole('status')).toContainText('tersimpan');
	await page.reload();
	await expect(email).toHaveValue('');
});
