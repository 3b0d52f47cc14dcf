import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfPages } from '../../../../tests/support/pdf-inspect';
import { regionView } from '../../../../tests/support/region-gap-fixture';
import { regionGapPdf } from './region-gap';

const META = { generatedAt: new Date('2026-12-03T06:05:00Z'), by: 'Dinas Sosial Kab. Kutai Timur' };

/** Page `n`'s text items with where they start, and whether the page lies landscape. */
async function placed(bytes: Buffer, n: number) {
	const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
	const page = await doc.getPage(n);
	const [, , width, height] = page.view;
	const items = (await page.getTextContent()).items.flatMap((i) =>
		'str' in i ? [{ str: i.str, x: i.transform[4] as number, y: i.transform[5] as number }] : []
	);
	await doc.destroy();
	return { landscape: width! > height!, items };
}

// Rendering and reading a PDF takes seconds on a loaded machine, more than the default 5.
describe('Analisis Kesenjangan Wilayah PDF', { timeout: 30_000 }, () => {
	it('prints the scope, the gaps "n dari m" and the staged actions under their horizon', async () => {
		const bytes = await regionGapPdf(regionView(), META);
		const { pages, info } = await pdfPages(bytes);
		expect(info).toMatchObject({ Title: expect.stringContaining('Analisis Kesenjangan Wilayah') });
		const all = pages.join(' ').replace(/\s+/g, ' ');
		expect(pages[0]).toContain('Analisis Kesenjangan Wilayah');
		expect(pages[0]).toContain('Kabupaten Kutai Timur, Kalimantan Timur');
		expect(pages[0]).toContain('3 Des 2026 14.05 WITA');
		expect(all).toMatch(/UB-01 Indikator UB-01 .*2 dari 3 1,5 level 12,5/);
		expect(all).toContain('Halaman 1 dari');

		// The matrix is landscape; KA-02's action for keluarga klien sits in the long-term column.
		const last = pages.length;
		const matrix = await placed(bytes, last);
		expect(matrix.landscape).toBe(true);
		expect(pages[last - 1]).toContain('SDM · Keluarga klien (pemangku primer)');
		// The head row of keluarga klien's table: three "Jangka …" items, left to right.
		const longTerm = matrix.items.find((i) => i.str === 'Jangka panjang (3–5 tahun)')!;
		const heads = matrix.items
			.filter((i) => i.str.startsWith('Jangka') && i.y === longTerm.y)
			.sort((a, b) => a.x - b.x);
		expect(heads).toHaveLength(3);
		const action = matrix.items.find((i) => i.str === 'Libatkan keluarga klien.')!;
		expect(action.x).toBe(heads[2]!.x);
		expect(action.x).toBeGreaterThan(heads[1]!.x + 20);
		expect(action.y).toBeLessThan(longTerm.y); // below its column's head
	});

	it('renders the empty analysis without a crash and says why it is empty', async () => {
		const { pages } = await pdfPages(await regionGapPdf(regionView([]), META));
		expect(pages).toHaveLength(1);
		expect(pages[0]).toContain('Belum ada panti jenis Anak di Kabupaten Kutai Timur');
	});
});
