/**
 * The seed-002 part of "Analisis Kesenjangan Wilayah": per dimension and stakeholder, kondisi yang
 * ada, kondisi yang diharapkan, and the actions staged short, medium and long term, each saying how
 * many panti it serves. Landscape, so six columns stay readable.
 *
 * One table per dimension × stakeholder with a row per indicator, not one row per stakeholder: a
 * stakeholder answering 29 indicators made a single row seven pages long, its conditions running
 * on long after its action columns had ended. Row by row, each condition sits beside its actions,
 * and the band naming the dimension and stakeholder repeats on every page the table spans.
 */
import type { Content } from 'pdfmake/interfaces';
import type { IndicatorRollup, MatrixCell, StagedAction } from '../region-gap/rollup';
import { readerText } from '../rubric/reader-text';
import {
	DIMENSION_LABELS,
	HORIZON_LABELS,
	HORIZONS,
	STAKEHOLDER_LABELS,
	STAKEHOLDER_TIER,
	type Horizon
} from '../rubric/vocabulary';
import { COLOURS } from './layout';

const CELL = 7.5;
type Margin = [number, number, number, number];
const below = (top: number): Margin => [0, top, 0, 0];

export const MATRIX_HEAD = [
	'Indikator',
	'Kondisi yang ada',
	'Kondisi yang diharapkan',
	...HORIZONS.map((h) => HORIZON_LABELS[h])
];

/** "Program · Pengelola panti (pemangku primer)": what the table is about, repeated per page. */
export function cellTitle(cell: MatrixCell): string {
	return `${DIMENSION_LABELS[cell.dimension]} · ${STAKEHOLDER_LABELS[cell.stakeholder]} (pemangku ${STAKEHOLDER_TIER[cell.stakeholder]})`;
}

/** The actions of one horizon that answer one indicator, with the panti each serves. */
function actions(list: readonly StagedAction[], code: string): Content {
	const mine = list.filter((a) => a.indicatorCodes.includes(code));
	if (mine.length === 0) return { text: '—', fontSize: CELL, color: COLOURS.muted };
	return {
		fontSize: CELL,
		stack: mine.map((a, i) => {
			const others = a.indicatorCodes.filter((c) => c !== code);
			return {
				margin: below(i ? 4 : 0),
				stack: [
					{ text: readerText(a.action) },
					{
						text: `melayani ${a.panti} panti${others.length ? ` · juga untuk ${others.join(', ')}` : ''}`,
						color: COLOURS.muted,
						margin: below(1)
					}
				]
			};
		})
	};
}

function rows(cell: MatrixCell, byCode: ReadonlyMap<string, IndicatorRollup>): Content[][] {
	return cell.existing.map((e) => {
		const ind = byCode.get(e.code);
		const expected = cell.expected.find((x) => x.code === e.code);
		return [
			{
				fontSize: CELL,
				stack: [
					{ text: e.code, bold: true },
					{ text: e.title },
					ind
						? {
								text: `${ind.short} dari ${ind.assessed} panti di bawah harapan`,
								color: COLOURS.muted,
								margin: below(2)
							}
						: ''
				]
			},
			{
				fontSize: CELL,
				stack: e.found.map((f, j) => ({
					margin: below(j ? 3 : 0),
					text: [
						{ text: `Level ${f.level} · ${f.count} panti: `, bold: true },
						readerText(f.descriptor)
					]
				}))
			},
			{
				fontSize: CELL,
				text: [
					{ text: ind ? `Level ${ind.expected}: ` : '', bold: true },
					readerText(expected?.descriptor ?? '')
				]
			},
			...HORIZONS.map((h: Horizon) => actions(cell.stages[h], e.code))
		];
	});
}

function cellTable(cell: MatrixCell, byCode: ReadonlyMap<string, IndicatorRollup>): Content {
	return {
		margin: below(10),
		table: {
			headerRows: 2,
			keepWithHeaderRows: 1,
			dontBreakRows: true,
			// A horizon with no action for this stakeholder keeps a narrow column: the room goes to
			// the conditions.
			widths: [84, '*', '*', ...HORIZONS.map((h) => (cell.stages[h].length ? 108 : 56))],
			body: [
				[
					{
						text: cellTitle(cell),
						colSpan: 6,
						bold: true,
						fontSize: 9.5,
						color: '#ffffff',
						fillColor: COLOURS.brand
					},
					{},
					{},
					{},
					{},
					{}
				],
				MATRIX_HEAD.map((h) => ({ text: h, style: 'th', fontSize: 8 })),
				...rows(cell, byCode)
			]
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

/** The matrix section, starting on a landscape page; nothing when no panti falls short. */
export function regionMatrix(
	matrix: readonly MatrixCell[],
	indicators: readonly IndicatorRollup[]
): Content {
	if (matrix.length === 0) return '';
	const byCode = new Map(indicators.map((i) => [i.code, i]));
	return [
		{
			text: 'Matriks kesenjangan per dimensi dan pemangku kepentingan',
			style: 'h2',
			pageBreak: 'before',
			pageOrientation: 'landscape'
		},
		{
			text:
				'Untuk setiap dimensi, setiap pemangku kepentingan yang mendapat rekomendasi dari ' +
				'instrumen: indikator yang menjadi tanggung jawabnya, kondisi yang ada (level yang ' +
				'ditemukan di panti yang masih di bawah harapan, dengan jumlah panti), kondisi yang ' +
				'diharapkan, dan tindakan bertahap dengan jumlah panti yang dilayaninya. Tindakan yang ' +
				'sama untuk beberapa indikator disebut pada setiap indikatornya.',
			margin: [0, 0, 0, 4]
		},
		matrix.map((c) => cellTable(c, byCode))
	];
}
