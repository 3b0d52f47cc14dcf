import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { login } from './helpers';

test('the dashboard counts the scope and every figure leads to the rows behind it', async ({
	page
}) => {
	await login(page, 'dinas.kaltim');
	await page.getByRole('link', { name: 'Dasbor' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Dasbor akreditasi');
	// Kalimantan Timur holds six demo panti: two valid A, one valid C ending in March 2027,
	// one expired C and two never accredited (demo history).
	await expect(page.getByTestId('fig-total')).toHaveText('6');
	await expect(page.getByTestId('fig-expiring')).toHaveText('1');
	const statusTable = page.locator('#status table');
	await expect(statusTable.getByRole('row', { name: /A \(Baik Sekali\)/ })).toContainText('2');

	await statusTable
		.getByRole('row', { name: /Akreditasi kedaluwarsa/ })
		.getByRole('link')
		.click();
	await expect(page).toHaveURL(/\/panti\?status=kedaluwarsa/);
	await expect(page.locator('tbody tr')).toHaveCount(1);
	await expect(page.locator('tbody')).toContainText('Sinar Mentari 5');

	// A filter narrows every figure.
	await page.goto('/dasbor?regionCode=64.08');
	await expect(page.getByTestId('fig-total')).toHaveText('3');
	await expect(page.getByTestId('by-region').locator('tbody tr')).toHaveCount(1);
});

test('a dinas compares panti of its scope, exports the comparison, and nothing outside it', async ({
	page
}) => {
	await login(page, 'dinas.kaltim');
	await page.goto('/panti/bandingkan');
	await expect(page.getByText('Tambahkan paling sedikit dua panti')).toBeVisible();
	for (const [k, name] of ['Harapan Bangsa 1', 'Sinar Mentari 5'].entries()) {
		await page.getByLabel('Cari panti').fill(name);
		await page.getByRole('button', { name: 'Cari' }).click();
		await page
			.getByRole('listitem')
			.filter({ hasText: name })
			.getByRole('button', { name: 'Tambah' })
			.click();
		// Wait for the new selection before typing the next search into the refreshed page.
		await expect(
			page.getByRole('heading', { name: `Panti yang dibandingkan (${k + 1}/5)` })
		).toBeVisible();
	}
	const profile = page.getByTestId('compare-profile');
	await expect(profile.locator('thead th')).toHaveCount(3);
	await expect(profile.getByRole('row', { name: /Peringkat/ })).toContainText('A (Baik Sekali)');
	await expect(profile.getByRole('row', { name: /Nilai total/ })).toContainText(/\d+,\d+%/);
	const aspects = page.getByTestId('compare-aspects');
	await expect(aspects.getByRole('row', { name: /KEL · Kelembagaan/ }).first()).toContainText(
		'med'
	);
	await expect(page.getByRole('heading', { name: 'Tren' }).first()).toBeVisible();

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Ekspor perbandingan (CSV)' }).click()
	]);
	const csv = readFileSync(await download.path(), 'utf8');
	expect(csv.charCodeAt(0)).toBe(0xfeff);
	expect(csv).toContain(
		'Panti;LKSA Demo Harapan Bangsa 1;Panti Pamardi Putra Demo Sinar Mentari 5'
	);
	expect(csv).toContain('\r\n');

	// Outside the scope, by URL: the same 404 as a missing panti, for the page and the CSV.
	const ids = new URL(page.url()).searchParams.getAll('id');
	const kutim = await (await page.context().browser()!.newContext()).newPage();
	await login(kutim, 'dinas.kutim');
	const res = await kutim.goto(`/panti/bandingkan?id=${ids[0]}&id=${ids[1]}`);
	expect(res!.status()).toBe(404);
	expect(
		(await kutim.request.get(`/panti/bandingkan.csv?id=${ids[0]}&id=${ids[1]}`)).status()
	).toBe(404);
	// Assessors and panti heads have no comparison at all.
	const asesor = await (await page.context().browser()!.newContext()).newPage();
	await login(asesor, 'asesor.rina');
	expect((await asesor.goto('/panti/bandingkan'))!.status()).toBe(403);
	expect((await asesor.goto('/dasbor'))!.status()).toBe(403);
});
