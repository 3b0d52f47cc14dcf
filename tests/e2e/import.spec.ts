import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { login, waitForApp } from './helpers';

const HEADER =
	'nama;jenis;kepemilikan;alamat;kode_wilayah;kapasitas;jumlah_klien;unsur_pimpinan;unsur_operasional;unsur_penunjang;pmks;izin_operasional_nomor;izin_operasional_terbit;izin_operasional_berakhir';

/** Writes a `;`-separated CSV with a BOM, as Excel saves "CSV UTF-8", and returns its path. */
function csvFile(testInfo: TestInfo, name: string, rows: string[]): string {
	const path = testInfo.outputPath(name);
	writeFileSync(path, '\uFEFF' + [HEADER, ...rows].join('\r\n') + '\r\n', 'utf8');
	return path;
}

/** The total shown under the registry filters ("… dari N panti"), 0 when nothing matches. */
async function registryTotal(page: Page, query = ''): Promise<number> {
	await page.goto(`/panti${query}`);
	const summary = page.getByText(/dari [\d.]+ panti|Tidak ada panti yang cocok/);
	const text = (await summary.textContent()) ?? '';
	const match = /dari ([\d.]+) panti/.exec(text);
	return match ? Number(match[1]!.replaceAll('.', '')) : 0;
}

async function upload(page: Page, path: string): Promise<void> {
	await page.goto('/panti/impor');
	await waitForApp(page);
	await page.getByLabel('Berkas CSV atau XLSX').setInputFiles(path);
	await page.getByRole('button', { name: 'Periksa berkas' }).click();
	await expect(page.getByRole('heading', { name: /^2\. Pratinjau/ })).toBeVisible();
}

// dinas.ntb (Nusa Tenggara Barat) imports: no other spec counts that province's panti.
test('a dinas imports panti: preview with row errors and duplicates, then saves only the good rows', async ({
	page
}, testInfo) => {
	await login(page, 'dinas.ntb');
	const before = await registryTotal(page);
	await page.goto('/panti');
	await page.getByRole('link', { name: 'Impor panti' }).click();
	await expect(page).toHaveURL(/\/panti\/impor$/);

	const file = csvFile(testInfo, 'impor-ntb.csv', [
		'LKSA Impor E2E Mawar;Anak;masyarakat;"Jl. Uji Impor No. 1; Mataram (fiktif)";52.71;30;24;1;4;3;anak-terlantar, anak jalanan;IO/E2E/1;01/02/2025;2030-02-01',
		'PSTW Impor E2E Melati;lanjut-usia;Daerah;Jl. Uji Impor No. 2 (fiktif);52.71;40;38;2;6;5;Lanjut Usia Terlantar;;;',
		'X;kantor;masyarakat;Jl. Uji Impor No. 3 (fiktif);52.71;0;5;1;1;1;anak-terlantar;;;',
		'pstw demo harapan  BANGSA 37;anak;masyarakat;Jl. Uji Impor No. 4 (fiktif);52.71;20;10;1;2;2;anak-terlantar;;;'
	]);
	await upload(page, file);

	await expect(
		page.getByText('4 baris data: 2 siap disimpan, 1 dengan galat, 1 duplikat.')
	).toBeVisible();
	const bad = page.locator('tr[data-row="4"]');
	await expect(bad).toContainText('Galat');
	await expect(bad).toContainText('Nama panti minimal 3 karakter.');
	await expect(bad).toContainText('Pilih jenis panti.');
	await expect(bad).toContainText('Kapasitas minimal 1.');
	const duplicate = page.locator('tr[data-row="5"]');
	await expect(duplicate).toContainText('Duplikat');
	await expect(duplicate).toContainText('PSTW Demo Harapan Bangsa 37');
	await expect(page.locator('tr[data-row="2"]')).toContainText('Siap disimpan');
	await expect(page.locator('tr[data-row="3"]')).toContainText('Siap disimpan');

	// Nothing is saved by the preview.
	expect(await registryTotal(page)).toBe(before);
	await upload(page, file);
	await page.getByRole('button', { name: 'Simpan 2 panti' }).click();
	await expect(page).toHaveURL(/\/panti\/impor\?disimpan=2$/);
	await expect(page.getByText('2 panti berhasil diimpor.')).toBeVisible();

	expect(await registryTotal(page)).toBe(before + 2);
	expect(await registryTotal(page, '?q=Impor+E2E')).toBe(2);
	await expect(page.getByRole('link', { name: 'LKSA Impor E2E Mawar' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'PSTW Impor E2E Melati' })).toBeVisible();
	expect(await registryTotal(page, '?q=harapan+bangsa+37')).toBe(1);
});

test('a file with only bad rows saves nothing', async ({ page }, testInfo) => {
	await login(page, 'dinas.ntb');
	const before = await registryTotal(page);
	await upload(
		page,
		csvFile(testInfo, 'impor-buruk.csv', [
			'AB;anak;masyarakat;Jl. Uji No. 9 (fiktif);52.71;10;5;1;1;1;anak-terlantar;;;',
			'LKSA Di Banjarmasin;anak;masyarakat;Jl. Uji No. 10 (fiktif);63.71;10;5;1;1;1;anak-terlantar;;;',
			'PSTW Demo Harapan Bangsa 37;anak;masyarakat;Jl. Uji No. 11 (fiktif);52.71;10;5;1;1;1;anak-terlantar;;;'
		])
	);
	await expect(
		page.getByText('3 baris data: 0 siap disimpan, 2 dengan galat, 1 duplikat.')
	).toBeVisible();
	await expect(page.locator('tr[data-row="3"]')).toContainText(
		'Kabupaten/kota ini di luar wilayah kewenangan Anda.'
	);
	await expect(page.getByText('Tidak ada baris yang dapat disimpan.')).toBeVisible();
	await expect(page.getByRole('button', { name: /^Simpan/ })).toHaveCount(0);
	expect(await registryTotal(page)).toBe(before);

	// A file that is not a spreadsheet at all: a clear message, not an error page.
	const notCsv = testInfo.outputPath('bukan.csv');
	writeFileSync(notCsv, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
	await page.goto('/panti/impor');
	await waitForApp(page);
	await page.getByLabel('Berkas CSV atau XLSX').setInputFiles(notCsv);
	await page.getByRole('button', { name: 'Periksa berkas' }).click();
	await expect(page.getByText(/^Berkas CSV harus berkode UTF-8\./)).toBeVisible();
	expect(await registryTotal(page)).toBe(before);
});

test('the export is a BOM-prefixed CSV of the dinas scope only', async ({ page }) => {
	await login(page, 'dinas.kutim');
	await page.goto('/panti');
	await waitForApp(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Ekspor CSV' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^panti-\d{4}-\d{2}-\d{2}\.csv$/);
	const bytes = readFileSync(await download.path());
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
	expect(lines[0]).toBe(
		'Nama panti;Jenis;Kepemilikan;Alamat;Kabupaten/kota;Kode wilayah;Provinsi;Kapasitas;Jumlah klien;Status akreditasi;Peringkat;Berlaku sampai'
	);
	expect(lines.length - 1).toBe(await registryTotal(page));
	for (const line of lines.slice(1)) expect(line).toContain(';Kabupaten Kutai Timur;64.08;');

	// Asking for another province's panti returns none of them.
	const other = await page.request.get('/panti/ekspor.csv?province=63&regionCode=63.71');
	expect(other.status()).toBe(200);
	expect(other.headers()['content-type']).toBe('text/csv; charset=utf-8');
	const otherText = (await other.body()).toString('utf8');
	expect(otherText).not.toMatch(/;63\.\d{2};/);
	expect(otherText.slice(1).trimEnd().split('\r\n')).toHaveLength(1);
});

test('an assessor cannot open the import', async ({ page }) => {
	await login(page, 'asesor.rina');
	expect((await page.goto('/panti/impor'))?.status()).toBe(403);
	expect((await page.request.get('/panti/impor/templat.csv')).status()).toBe(403);
});
