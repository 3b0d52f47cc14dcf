/**
 * The regional gap analysis as spreadsheet rows: one per indicator some panti falls short on, in
 * the page's order (most common first), labels people read on screen, numbers to two decimals
 * with a decimal comma (`csvNumber`).
 */
import { csvNumber } from '../input/csv';
import { DIMENSION_LABELS } from '../rubric/vocabulary';
import type { RegionGapView } from './view';

export const REGION_GAP_HEADERS = [
	'Kode',
	'Indikator',
	'Aspek',
	'Dimensi',
	'Level diharapkan',
	'Panti dinilai',
	'Panti di bawah harapan',
	'Panti di bawah harapan (%)',
	'Rata-rata kesenjangan (level)',
	'Poin yang dipertaruhkan'
];

/**
 * Header row, then one row per indicator.
 * @example regionGapRows(view)[1] → ['KEL-01', 'Legalitas', 'Kelembagaan', 'Administrasi', '3', '4', '3', '75', '1,33', '7,5']
 */
export function regionGapRows(view: RegionGapView): string[][] {
	return [
		REGION_GAP_HEADERS,
		...view.gaps.indicators.map((i) => [
			i.code,
			i.title,
			i.aspectTitle,
			DIMENSION_LABELS[i.dimension],
			String(i.expected),
			String(i.assessed),
			String(i.short),
			csvNumber(i.assessed ? (100 * i.short) / i.assessed : null),
			csvNumber(i.meanGap),
			csvNumber(i.pointsAtStake)
		])
	];
}

/**
 * A file name naming the scope and the type, in plain ASCII.
 * @example regionGapFileName(view) === 'analisis-wilayah-kabupaten-kutai-timur-anak.csv'
 */
export function regionGapFileName(view: RegionGapView, extension = 'csv'): string {
	const place = (view.regionCode === null ? 'nasional' : view.scopeLabel.split(',')[0]!)
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `analisis-wilayah-${place || 'wilayah'}-${view.type}.${extension}`;
}
