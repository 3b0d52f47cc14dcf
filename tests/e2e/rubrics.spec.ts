import { expect, test } from '@playwright/test';
import { login } from './helpers';

test('an assessor browses the instrument, a rubric with descriptors and sources, and compares versions', async ({
	page
}) => {
	await login(page, 'asesor.rina');
	await page
		.getByRole('navigation', { name: 'Navigasi utama' })
		.getByRole('link', { name: 'Rubrik' })
		.click();
	await expect(page.getByRole('heading', { name: 'Instrumen dan rubrik' })).toBeVisible();
	// Instrument 1.0.0, 2.0.0 and 3.0.0 are all published (old assessments keep theirs).
	await expect(page.getByRole('link', { name: 'Instrumen Akreditasi Panti Sosial' })).toHaveCount(
		3
	);

	await page
		.getByRole('row', { name: /standar-umum 1\.0\.0/ })
		.getByRole('link')
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('v1.0.0');
	const legal = page.locator('article#KEL-01');
	await expect(legal.getByText('Kritis: minimal level 3')).toBeVisible();
	await expect(legal.locator('ol.levels li')).toHaveCount(5);
	await legal.getByText('Rekomendasi dan sumber').click();
	await expect(legal.getByText(/Sumber: .*Kepmensos 50\/HUK\/2004/)).toBeVisible();
	await expect(page.getByText('Angka sementara').first()).toBeVisible();

	await page.goto('/rubrik');
	await page.getByRole('button', { name: 'Bandingkan' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('v1.0.0 → v2.0.0');
	for (const heading of ['Ditambah', 'Dihapus', 'Diubah'])
		await expect(page.getByRole('heading', { name: heading })).toBeVisible();
	await expect(page.getByText(/\d+ ditambah, \d+ dihapus, \d+ diubah\./)).toBeVisible();
	// The reviewer of a standard reads why it changed.
	await expect(page.getByText('Mengapa berubah (v2.0.0)')).toBeVisible();

	await page.goto('/rubrik');
	await page.getByRole('link', { name: 'Instrumen Akreditasi Panti Sosial' }).last().click();
	await expect(page.getByText('Tidak Terakreditasi', { exact: false }).first()).toBeVisible();
	const bandA = page.getByRole('listitem').filter({ hasText: 'A (Baik Sekali)' });
	await expect(bandA).toContainText('> 66%');
	await expect(bandA).toContainText('berlaku 5 tahun');
});
