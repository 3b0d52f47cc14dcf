/**
 * Conflict of interest (design.md §7): every member of a visit's team declares before scoring; a
 * declared conflict takes the member off the team, on record for the Dinas.
 */
import { expect, test } from '@playwright/test';
import { PORTRAIT, signedInPage, waitForApp } from './helpers';

test('members declare before scoring; one who declares a conflict leaves the team and the Dinas sees why', async ({
	browser
}) => {
	test.setTimeout(90_000); // three sign-ins, each slow on purpose
	// A Jepara panti where no other spec puts Budi: his declared conflict bars him from it.
	const dinas = await signedInPage(browser, 'dinas.jepara', PORTRAIT);
	await dinas.locator('tbody a').last().click();
	await dinas.getByRole('button', { name: 'Jadwalkan visitasi' }).click();
	await waitForApp(dinas);
	await dinas.getByLabel('Ketua tim').selectOption({ label: 'Rina Asesor (Demo)' });
	await dinas.getByLabel('Budi Asesor (Demo)').check();
	await dinas.getByRole('button', { name: 'Jadwalkan' }).click();
	await expect(dinas.getByRole('status')).toContainText('Penilaian dijadwalkan');
	const id = new URL(dinas.url()).pathname.split('/').pop()!;

	// Budi: the list sends him to the declaration, not to the sheet; the sheet itself redirects.
	const budi = await signedInPage(browser, 'asesor.budi', PORTRAIT);
	await budi.goto(`/penilaian/${id}/nilai`);
	await expect(budi).toHaveURL(new RegExp(`/penilaian/${id}/deklarasi$`));
	await waitForApp(budi);
	await budi.screenshot({
		path: 'tests/screenshots/portrait-conflict-declaration.png',
		fullPage: true
	});
	await budi.getByText('Saya memiliki konflik kepentingan').click();
	await budi.getByRole('button', { name: 'Nyatakan konflik dan keluar dari tim' }).click();
	await expect(budi.getByText('Pilih setidaknya satu alasan konflik kepentingan.')).toBeVisible();
	await budi.getByLabel(/hubungan keluarga/).check();
	await budi.getByLabel('Keterangan (tidak wajib)').fill('Kakak saya pengasuh di panti ini.');
	await budi.getByRole('button', { name: 'Nyatakan konflik dan keluar dari tim' }).click();
	await expect(budi.getByRole('status')).toContainText('tidak lagi berada di tim penilai');
	await expect(budi.locator(`a[href="/penilaian/${id}"]`)).toHaveCount(0);
	expect((await budi.goto(`/penilaian/${id}`))?.status()).toBe(404);
	const api = await budi.request.post(`/api/penilaian/${id}/skor`, {
		data: { code: 'KEL-01', level: 1, notApplicable: false, note: '', version: 0 }
	});
	expect(api.status()).toBe(404);

	// Rina: the list offers the declaration first; once made, the sheet opens.
	const rina = await signedInPage(browser, 'asesor.rina', PORTRAIT);
	await rina.goto('/penilaian');
	await rina
		.getByRole('row')
		.filter({ has: rina.locator(`a[href="/penilaian/${id}"]`) })
		.getByRole('link', { name: 'Isi pernyataan konflik kepentingan' })
		.click();
	await waitForApp(rina);
	await rina.getByLabel(/Saya menyatakan tidak memiliki konflik kepentingan/).check();
	await rina.getByRole('button', { name: 'Nyatakan dan mulai menilai' }).click();
	await expect(rina).toHaveURL(new RegExp(`/penilaian/${id}/nilai$`));
	await waitForApp(rina);
	await expect(rina.getByTestId('save-state')).toBeVisible();

	// The Dinas sees the team without Budi, and the declaration in the history.
	await dinas.goto(`/penilaian/${id}`);
	await expect(dinas.getByText('Budi Asesor (Demo)')).toHaveCount(0);
	await dinas.goto(`/penilaian/${id}/riwayat`);
	await expect(dinas.getByText('Menyatakan konflik kepentingan dan keluar dari tim')).toBeVisible();
	await expect(dinas.getByText('Menyatakan tidak ada konflik kepentingan')).toBeVisible();
});
