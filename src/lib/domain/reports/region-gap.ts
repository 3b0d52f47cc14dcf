/**
 * "Analisis Kesenjangan Wilayah" (issue 17): the regional gap analysis a Dinas takes to Bappeda and
 * DPRD — what it covers, the most common gaps (chart and table), and the seed-002 matrix per
 * dimension and stakeholder (region-gap-matrix.ts). Pure: the view the page shows → pdfmake
 * document definition, so the page, this PDF and the CSV never disagree.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderBarChart } from '../chart/aspect-bars';
import { formatDateTime, formatNumber } from '../format';
import type { IndicatorRollup } from '../region-gap/rollup';
import type { RegionGapView } from '../region-gap/view';
import { DIMENSION_LABELS } from '../rubric/vocabulary';
import { COLOURS, facts, framed, table } from './layout';
import { regionMatrix } from './region-gap-matrix';

export const REGION_GAP_TITLE = 'Analisis Kesenjangan Wilayah';

/** How many of the most common gaps the chart shows. */
export const CHART_GAPS = 10;

export interface RegionGapMeta {
	readonly generatedAt: Date;
	/** Who made it, e.g. "Dinas Sosial Kab. Kutai Timur". */
	readonly by?: string;
}

const HOW_TO_READ =
	'Analisis ini membandingkan kondisi yang ada di panti dengan kondisi yang diharapkan ' +
	'instrumen akreditasi, indikator demi indikator, atas akreditasi terakhir yang sudah ' +
	'difinalkan dari setiap panti dalam wilayah ini. Kondisi yang ada adalah level yang dicapai ' +
	'panti; kondisi yang diharapkan adalah level yang ditetapkan instrumen. Sebuah panti berada ' +
	'di bawah harapan pada suatu indikator bila levelnya lebih rendah dari level yang diharapkan; ' +
	'rata-rata kesenjangan adalah rata-rata selisih level di antara panti tersebut. Poin yang ' +
	'dipertaruhkan adalah jumlah poin persen nilai total yang akan diperoleh kembali oleh ' +
	'panti-panti itu bersama-sama bila kesenjangan itu ditutup.';

/** Share of the panti that scored an indicator that fall short of it, 0–100. */
export const shortShare = (i: IndicatorRollup): number =>
	i.assessed ? (100 * i.short) / i.assessed : 0;

/** Rows of the indicator table, most common gap first (the roll-up's order). */
export function indicatorGapRows(indicators: readonly IndicatorRollup[]): Content[][] {
	return indicators.map((i) => [
		{ text: i.code, style: 'td', bold: true },
		{
			stack: [
				{ text: i.title, style: 'td' },
				{
					text: `${i.aspectTitle} · ${DIMENSION_LABELS[i.dimension]}`,
					style: 'td',
					fontSize: 7.5,
					color: COLOURS.muted
				}
			]
		},
		{ text: `${i.short} dari ${i.assessed}`, style: 'td' },
		{ text: `${formatNumber(i.meanGap, 2)} level`, style: 'td' },
		{ text: formatNumber(i.pointsAtStake, 2), style: 'td', bold: true }
	]);
}

function titleBlock(view: RegionGapView, meta: RegionGapMeta): Content {
	const n = view.gaps.panti;
	return [
		{ text: 'SIAP — Sistem Informasi Akreditasi Panti', style: 'muted', margin: [0, 0, 0, 4] },
		{ text: REGION_GAP_TITLE, style: 'h1' },
		{ text: view.scopeLabel, fontSize: 14, bold: true, margin: [0, 0, 0, 10] },
		facts([
			['Jenis panti', view.typeLabel],
			['Instrumen', view.instrumentLabel],
			[
				'Panti yang dianalisis',
				n ? `${n} panti (akreditasi terakhir yang difinalkan dari setiap panti)` : 'Belum ada'
			],
			['Dibuat', formatDateTime(meta.generatedAt.toISOString(), view.zone)],
			...(meta.by ? [['Dibuat oleh', meta.by] as [string, string]] : [])
		]),
		{ text: 'Cara membaca', style: 'h3', margin: [0, 12, 0, 4] },
		{ text: HOW_TO_READ }
	];
}

function summary(view: RegionGapView): Content {
	const { indicators, panti } = view.gaps;
	if (indicators.length === 0)
		return {
			text: `Semua ${panti} panti sudah mencapai kondisi yang diharapkan pada setiap indikator yang dinilai: tidak ada kesenjangan.`,
			margin: [0, 14, 0, 0]
		};
	const top = indicators.slice(0, CHART_GAPS);
	return [
		{
			// Heading and chart move to the next page together, never a heading left alone.
			unbreakable: true,
			stack: [
				{ text: 'Kesenjangan yang paling umum', style: 'h2' },
				{
					text: `${top.length} indikator dengan panti di bawah harapan terbanyak: persentase panti yang dinilai pada indikator itu yang masih di bawah kondisi yang diharapkan.`,
					margin: [0, 0, 0, 4]
				},
				{
					svg: renderBarChart(
						top.map((i) => ({
							label: `${i.code} ${i.title}`,
							value: shortShare(i),
							fill: COLOURS.warn
						})),
						// Wider than the page, then scaled down: room for the titles beside the bars.
						{ width: 880 }
					),
					width: 499
				}
			]
		},
		// The chart fills the first page: the table starts on its own, never a heading alone.
		{ text: 'Indikator di bawah harapan', style: 'h2', pageBreak: 'before' },
		{
			text: `${indicators.length} indikator dengan sedikitnya satu panti di bawah kondisi yang diharapkan, yang paling umum lebih dulu; bila sama, poin yang dipertaruhkan terbesar lebih dulu.`,
			margin: [0, 0, 0, 6]
		},
		table(
			[46, '*', 64, 64, 56],
			[
				'Kode',
				'Indikator',
				'Panti di bawah harapan',
				'Rata-rata kesenjangan',
				'Poin dipertaruhkan'
			],
			indicatorGapRows(indicators)
		)
	];
}

/** Says which filters found nothing, so the reader knows what to change rather than doubt the data. */
const empty = (view: RegionGapView): string =>
	`Belum ada panti jenis ${view.typeLabel} ${view.regionCode ? `di ${view.scopeLabel}` : 'di seluruh Indonesia'} dengan akreditasi yang sudah ` +
	`difinalkan pada ${view.instrumentLabel}, sehingga belum ada kesenjangan yang dapat dianalisis. ` +
	'Analisis ini akan terisi setelah akreditasi panti dengan filter ini difinalkan.';

/** @example buildRegionGap(view, { generatedAt: new Date() }).content // title, summary, matrix */
export function buildRegionGap(view: RegionGapView, meta: RegionGapMeta): TDocumentDefinitions {
	return framed(
		{
			title: REGION_GAP_TITLE,
			pantiName: view.scopeLabel,
			instrumentLabel: view.instrumentLabel,
			indicative: false
		},
		{
			info: {
				title: `${REGION_GAP_TITLE} — ${view.scopeLabel}`,
				author: 'SIAP',
				subject: `${view.typeLabel} · ${view.instrumentLabel}`
			},
			content: [
				titleBlock(view, meta),
				view.gaps.panti === 0
					? { text: empty(view), bold: true, margin: [0, 16, 0, 0] }
					: [summary(view), regionMatrix(view.gaps.matrix, view.gaps.indicators)]
			]
		}
	);
}
