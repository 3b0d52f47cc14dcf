/**
 * What every SIAP PDF shares: page size and margins, styles, the running header and footer with
 * page numbers, and the "indikatif" marking of self-assessments. Pure: data in, definitions out.
 */
import type { Content, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate, formatNumber } from '../format';
import type { Zone } from '../time-zone';

// Roboto as shipped has no arrows (→) or symbols (⚑): documents say "ke" and "(kritis)" instead.
export const COLOURS = {
	ink: '#1d2626',
	muted: '#5b6b6b',
	line: '#c5cfcf',
	band: '#eef2f2',
	brand: '#0f5c5c',
	warn: '#b54708'
} as const;

export const STYLES: StyleDictionary = {
	h1: { fontSize: 18, bold: true, color: COLOURS.brand, margin: [0, 0, 0, 6] },
	h2: { fontSize: 13, bold: true, color: COLOURS.brand, margin: [0, 14, 0, 6] },
	h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
	muted: { color: COLOURS.muted },
	small: { fontSize: 8 },
	th: { bold: true, fillColor: COLOURS.band, fontSize: 8.5 },
	td: { fontSize: 8.5 },
	warn: { color: COLOURS.warn, bold: true }
};

export const INDICATIVE_NOTE =
	'INDIKATIF — hasil penilaian mandiri, bukan keputusan akreditasi dan tanpa sertifikat.';

export interface PageFrame {
	/** Shown on the left of the header: which document this is. */
	readonly title: string;
	readonly pantiName: string;
	/** e.g. "Instrumen Akreditasi Panti 2.0.0". */
	readonly instrumentLabel: string;
	readonly indicative: boolean;
}

/** Header and footer on every page, page numbers "Halaman x dari n", and the indicative marking. */
export function framed(
	frame: PageFrame,
	body: Pick<TDocumentDefinitions, 'content' | 'pageOrientation' | 'info'>
): TDocumentDefinitions {
	return {
		pageSize: 'A4',
		pageMargins: [48, 64, 48, 56],
		defaultStyle: { font: 'Roboto', fontSize: 10, color: COLOURS.ink, lineHeight: 1.15 },
		styles: STYLES,
		...body,
		header: (): Content => ({
			margin: [48, 24, 48, 0],
			columns: [
				{ text: `SIAP · ${frame.title}`, style: 'muted', fontSize: 8 },
				{
					text: frame.indicative ? `${frame.pantiName} · INDIKATIF` : frame.pantiName,
					alignment: 'right',
					fontSize: 8,
					bold: frame.indicative,
					color: frame.indicative ? COLOURS.warn : COLOURS.muted
				}
			]
		}),
		footer: (page: number, pages: number): Content => ({
			margin: [48, 16, 48, 0],
			stack: [
				...(frame.indicative
					? [{ text: INDICATIVE_NOTE, fontSize: 7.5, color: COLOURS.warn, bold: true }]
					: []),
				{
					columns: [
						{ text: frame.instrumentLabel, fontSize: 8, color: COLOURS.muted },
						{
							text: `Halaman ${page} dari ${pages}`,
							alignment: 'right',
							fontSize: 8,
							color: COLOURS.muted
						}
					]
				}
			]
		}),
		...(frame.indicative
			? { watermark: { text: 'INDIKATIF', color: COLOURS.warn, opacity: 0.08, bold: true } }
			: {})
	};
}

/** A simple striped table with a header row repeated on every page. */
export function table(
	widths: (number | string)[],
	head: string[],
	rows: Content[][],
	options: { dontBreakRows?: boolean } = {}
): Content {
	return {
		table: {
			headerRows: 1,
			widths,
			dontBreakRows: options.dontBreakRows ?? true,
			body: [head.map((h) => ({ text: h, style: 'th' })), ...rows]
		},
		layout: {
			hLineWidth: () => 0.5,
			vLineWidth: () => 0,
			hLineColor: () => COLOURS.line,
			paddingTop: () => 3,
			paddingBottom: () => 3
		}
	};
}

/** Label/value pairs as a borderless two-column table. */
export function facts(
	pairs: [string, string][],
	margin: [number, number, number, number] = [0, 0, 0, 0]
): Content {
	return {
		margin,
		table: {
			widths: [150, '*'],
			body: pairs.map(([k, v]) => [{ text: k, style: 'muted' }, { text: v || '—' }])
		},
		layout: 'noBorders'
	};
}

/**
 * A bulleted list as plain paragraphs: pdfmake's `ul` measures and draws a marker per item, which
 * made the recommendations of a 250-indicator report ~40 % slower than text with a bullet glyph.
 */
export function bullets(lines: readonly string[], fontSize = 9): Content {
	return {
		fontSize,
		stack: lines.map((line) => ({
			text: `•  ${line}`,
			margin: [4, 0, 0, 2] as [number, number, number, number]
		}))
	};
}

/** A percentage with two decimals, or a dash when not scored. @example pct(66.5) // '66,50%' */
export const pct = (v: number | null): string => (v === null ? '—' : `${formatNumber(v, 2)}%`);

/**
 * A date in Indonesian, a timestamp as its day in the panti's zone, or a dash when not set.
 * @example dateOrDash(null, 'WIB') // '—'
 */
export const dateOrDash = (v: string | null, zone: Zone): string => (v ? formatDate(v, zone) : '—');
