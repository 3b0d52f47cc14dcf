import { describe, expect, it } from 'vitest';
import type { Content, ContentTable } from 'pdfmake/interfaces';
import { regionView } from '../../../../tests/support/region-gap-fixture';
import { buildRegionGap, indicatorGapRows } from './region-gap';

// 06.05 UTC is 14.05 in Samarinda.
const META = { generatedAt: new Date('2026-12-03T06:05:00Z'), by: 'Dinas Sosial Kab. Kutai Timur' };

// Strings of a definition that are not printed: styles, colours, placement.
const UNPRINTED = new Set([
	'svg',
	'style',
	'color',
	'fillColor',
	'alignment',
	'pageBreak',
	'pageOrientation',
	'widths',
	'layout'
]);

/** Every string a definition will print, depth-first (footers and headers are called). */
function texts(node: unknown, out: string[] = []): string[] {
	if (typeof node === 'string') out.push(node);
	else if (Array.isArray(node)) node.forEach((n) => texts(n, out));
	else if (node && typeof node === 'object')
		for (const [k, v] of Object.entries(node)) {
			if (UNPRINTED.has(k)) continue;
			if (typeof v === 'function') texts(v(1, 3), out);
			else texts(v, out);
		}
	return out;
}

/** Nodes of the content tree that satisfy `pick`, depth-first. */
function find<T>(node: unknown, pick: (n: Record<string, unknown>) => boolean, out: T[] = []): T[] {
	if (Array.isArray(node)) node.forEach((n) => find(n, pick, out));
	else if (node && typeof node === 'object') {
		const obj = node as Record<string, unknown>;
		if (pick(obj)) out.push(obj as T);
		Object.values(obj).forEach((v) => find(v, pick, out));
	}
	return out;
}

const printed = (node: unknown) => texts(node).join(' ');

describe('Analisis Kesenjangan Wilayah definition', () => {
	const doc = buildRegionGap(regionView(), META);
	const all = printed(doc.content);

	it('opens with the scope, panti type, instrument, panti count and the date in the zone', () => {
		expect(all).toContain('Analisis Kesenjangan Wilayah');
		expect(all).toContain('Kabupaten Kutai Timur, Kalimantan Timur');
		expect(all).toContain('Anak');
		expect(all).toContain('Instrumen uji 1.0.0');
		expect(all).toContain('3 panti (akreditasi terakhir yang difinalkan dari setiap panti)');
		expect(all).toContain('3 Des 2026 14.05 WITA');
		expect(all).toContain('Dinas Sosial Kab. Kutai Timur');
		expect(all).toMatch(/Poin yang dipertaruhkan adalah/);
		// The running header names the document and its scope on every page.
		expect(printed((doc.header as () => Content)())).toContain(
			'Analisis Kesenjangan Wilayah Kabupaten Kutai Timur'
		);
	});

	it('charts the most common gaps as the share of assessed panti short', () => {
		const [svg] = find<{ svg: string }>(doc.content, (n) => typeof n.svg === 'string');
		expect(svg!.svg).toContain('UB-01 Indikator UB-01');
		expect(svg!.svg).toContain('66,7%'); // 2 of 3
		expect(svg!.svg.indexOf('UB-01')).toBeLessThan(svg!.svg.indexOf('KA-02'));
	});

	it('lists every indicator with a gap, most common first, with decimal commas', () => {
		const rows = indicatorGapRows(regionView().gaps.indicators).map((r) => printed(r));
		expect(rows).toEqual([
			'UB-01 Indikator UB-01 Aspek B · Program 2 dari 3 1,5 level 12,5',
			'UA-01 Indikator UA-01 Aspek A · Program 2 dari 3 2 level 11,25',
			'KA-02 Indikator KA-02 Aspek K · SDM 1 dari 2 3 level 4'
		]);
	});

	it('puts the matrix on landscape pages, a table per dimension and stakeholder', () => {
		const [start] = find<{ pageOrientation: string; text: string }>(
			doc.content,
			(n) => n.pageOrientation === 'landscape'
		);
		expect(start!.text).toMatch(/Matriks kesenjangan/);
		const tables = find<ContentTable>(doc.content, (n) => 'table' in n).filter((t) =>
			printed(t.table.body[0]).includes('pemangku')
		);
		expect(tables.map((t) => printed(t.table.body[0]))).toEqual([
			'Program · Pengelola panti (pemangku primer)',
			'SDM · Keluarga klien (pemangku primer)'
		]);
		expect(printed(tables[0]!.table.body[1])).toBe(
			'Indikator Kondisi yang ada Kondisi yang diharapkan Jangka pendek (≤ 1 tahun) Jangka menengah (1–3 tahun) Jangka panjang (3–5 tahun)'
		);
		// KA-02: one panti found at level 1, expected level 4; its action is long-term only.
		const [ka02] = tables[1]!.table.body.slice(2);
		expect(ka02!.map((cell) => printed(cell))).toEqual([
			'KA-02 Indikator KA-02 1 dari 2 panti di bawah harapan',
			'Level 1 · 1 panti:  satu langkah',
			'Level 4:  empat langkah',
			'—',
			'—',
			'Libatkan keluarga klien. melayani 1 panti'
		]);
		// One action shared by UB-01 and UA-01 serves the three panti short on either.
		const ub01 = tables[0]!.table.body[2]!;
		expect(printed(ub01[3])).toBe('Perbaiki hal ini segera. melayani 3 panti · juga untuk UA-01');
	});

	it('says all indicators meet expectations when no panti falls short', () => {
		const met = regionView([{ pantiId: 1, entries: [{ code: 'UA-01', level: 4, points: 0 }] }]);
		const content = printed(buildRegionGap(met, META).content);
		expect(content).toContain('Semua 1 panti sudah mencapai kondisi yang diharapkan');
		expect(content).not.toContain('Matriks kesenjangan');
	});

	it('is an honest short document when no panti in scope has a finalized accreditation', () => {
		const none = buildRegionGap(regionView([]), META);
		const content = printed(none.content);
		expect(content).toContain(
			'Belum ada panti jenis Anak di Kabupaten Kutai Timur, Kalimantan Timur dengan akreditasi yang sudah difinalkan pada Instrumen uji 1.0.0'
		);
		expect(find(none.content, (n) => 'svg' in n || 'table' in n).length).toBe(1); // the facts
		expect(content).not.toContain('dari 3');
		const national = { ...regionView([]), regionCode: null, scopeLabel: 'Nasional' };
		expect(printed(buildRegionGap(national, META).content)).toContain('di seluruh Indonesia');
	});
});
