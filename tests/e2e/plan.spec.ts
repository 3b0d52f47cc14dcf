import { expect, test } from '@playwright/test';
import { login, signedInPage, waitForApp } from './helpers';

// Demo history: kepala.kutim's panti has two finalized visits (2022, 2025 with an A), so a current
// improvement plan from 2025 (short-horizon actions already past due) and a superseded one.
const KUTIM = 'LKSA Demo Harapan Bangsa 1';
/** The name and nothing after it ("… Bangsa 13" is another panti). */
const KUTIM_ONLY = new RegExp(`${KUTIM}(?!\\d)`);

test('the panti head follows up the plan from their home; the dinas sees the progress', async ({
	browser
}) => {
	test.setTimeout(60_000); // four sign-ins, each hashing a password slowly on purpose
	const head = await signedInPage(browser, 'kepala.kutim');
	await expect(head).toHaveURL(/\/beranda$/);
	await expect(head.getByRole('heading', { level: 1 })).toHaveText(KUTIM);
	await expect(head.getByTestId('grade')).toHaveText('A (Baik Sekali)');
	await expect(head.getByRole('heading', { name: 'Nilai per aspek' })).toBeVisible();
	await expect(head.getByRole('heading', { name: /^Rencana perbaikan/, level: 2 })).toBeVisible();
	await expect(head.getByTestId('plan-progress')).toContainText(/\d+ dari \d+ tindakan selesai/);
	await expect(
		head.getByTestId('pdf-links').getByRole('link', { name: /rencana perbaikan/ })
	).toBeVisible();

	await head.getByRole('link', { name: 'Buka rencana perbaikan' }).click();
	await expect(head).toHaveURL(/\/rencana\/\d+$/);
	await expect(head.getByRole('heading', { name: 'Rencana perbaikan', level: 1 })).toBeVisible();
	await expect(head.getByRole('link', { name: 'Unduh rencana perbaikan (PDF)' })).toBeVisible();
	await waitForApp(head);
	const planUrl = head.url();

	// One action: a compact row that opens into its own small form.
	const first = head.getByRole('article').first();
	const actionId = await first.getAttribute('id');
	const action = head.locator(`#${actionId}`);
	await action.getByRole('link', { name: /^Ubah/ }).click();
	await action.getByLabel('Penanggung jawab').fill('Bu Ani (koordinator pengasuh)');
	await action.getByLabel('Tenggat').fill('2027-06-30');
	await action.getByLabel('Status').selectOption({ label: 'Proses' });
	await action.getByLabel('Catatan kemajuan').fill('Draf SOP sudah dibahas dengan pengurus.');
	await action.getByRole('button', { name: 'Simpan' }).click();
	await expect(action.getByRole('status')).toHaveText('Perubahan tersimpan.');
	// The badges in the action's header: its new status, and no longer overdue.
	const badges = action.locator('header');
	await expect(badges.getByText('Proses', { exact: true })).toBeVisible();
	await expect(badges.getByText('Terlambat', { exact: true })).toHaveCount(0);

	// Saved for real: a fresh load shows the values (the row closed after saving).
	await head.reload();
	await waitForApp(head);
	await expect(action).toContainText('Penanggung jawab: Bu Ani (koordinator pengasuh)');
	await expect(action).toContainText(/Tenggat: 30 Jun\S* 2027/);
	await action.getByRole('link', { name: /^Ubah/ }).click();
	await expect(action.getByLabel('Status')).toHaveValue('proses');

	// A bad due date is refused in Indonesian, and nothing is saved.
	await action.getByLabel('Tenggat').fill('1999-12-31');
	await action.getByRole('button', { name: 'Simpan' }).click();
	await expect(action.getByText('Tenggat harus antara tahun 2000 dan 2100.')).toBeVisible();
	await expect(action.getByLabel('Tenggat')).toHaveAttribute('aria-invalid', 'true');
	await head.goto(planUrl);
	await waitForApp(head);
	await expect(action).toContainText(/Tenggat: 30 Jun\S* 2027/);

	// The kab/kota dinas sees the panti on its progress list and the updated action.
	const dinas = await signedInPage(browser, 'dinas.kutim');
	await dinas.goto('/rencana');
	await expect(dinas.getByRole('heading', { name: 'Kemajuan rencana perbaikan' })).toBeVisible();
	const row = dinas.getByRole('row').filter({ hasText: KUTIM_ONLY });
	await expect(row).toContainText('Kabupaten Kutai Timur');
	await expect(row).toContainText(/\d+\/\d+/);
	await dinas.getByLabel('Hanya yang terlambat').check();
	await dinas.getByRole('button', { name: 'Terapkan' }).click();
	await expect(dinas).toHaveURL(/terlambat=1/);
	await dinas.goto('/rencana');
	await row.getByRole('link', { name: KUTIM, exact: true }).click();
	await expect(dinas).toHaveURL(planUrl);
	await expect(dinas.locator(`#${actionId}`)).toContainText(
		'Penanggung jawab: Bu Ani (koordinator pengasuh)'
	);
	await expect(dinas.locator(`#${actionId}`)).toContainText(
		'Catatan: Draf SOP sudah dibahas dengan pengurus.'
	);

	// Another panti's head learns nothing about this plan; an assessor has no progress list.
	const other = await signedInPage(browser, 'kepala.banjarmasin');
	expect((await other.goto(planUrl))?.status()).toBe(404);
	await expect(other.getByText(KUTIM_ONLY)).toHaveCount(0);
	const asesor = await signedInPage(browser, 'asesor.rina');
	expect((await asesor.goto('/rencana'))?.status()).toBe(403);
});

test('a panti head without any result is offered a self-assessment', async ({ page }) => {
	await login(page, 'kepala.makassar');
	await expect(page).toHaveURL(/\/beranda$/);
	await expect(page.getByRole('heading', { name: 'Belum ada hasil penilaian' })).toBeVisible();
	await expect(
		page
			.getByRole('button', { name: 'Mulai penilaian mandiri' })
			.or(page.getByRole('link', { name: 'Lanjutkan penilaian mandiri' }))
	).toBeVisible();
	// /rencana sends a head to their own plan, or home when there is none yet.
	await page.goto('/rencana');
	await expect(page).toHaveURL(/\/beranda$/);
});
