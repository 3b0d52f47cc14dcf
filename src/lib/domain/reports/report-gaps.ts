/**
 * The report's sections 7–10: every indicator's level and note, the gap matrix, the priority
 * recommendations and the path to the next grade.
 */
import type { Content } from 'pdfmake/interfaces';
import { formatNumber } from '../format';
import {
	DIMENSION_LABELS,
	GRADE_LABELS,
	HORIZON_LABELS,
	HORIZONS,
	STAKEHOLDER_LABELS
} from '../rubric/vocabulary';
import { bullets, table } from './layout';
import type { ReportResults } from './types';
import { readerText } from '../rubric/reader-text';

/** Rows of the per-indicator table: exactly one per indicator of the form, in rubric order. */
export function indicatorRows(r: ReportResults): Content[][] {
	return r.form.indicators.map((ind) => {
		const e = r.sheet.get(ind.code);
		const level = !e
			? '—'
			: e.notApplicable
				? 'N/A'
				: e.level === null
					? '—'
					: `${e.level} / ${ind.max}`;
		return [
			{ text: ind.code, style: 'td' },
			{ text: ind.indicator.title, style: 'td' },
			{ text: level, style: 'td', bold: true },
			{ text: String(ind.expected), style: 'td' },
			{ text: r.notes.get(ind.code) ?? '', style: 'td', italics: true }
		];
	});
}

export function indicators(r: ReportResults): Content {
	return [
		{ text: '7. Nilai per indikator', style: 'h2', pageBreak: 'before' },
		table(
			[46, '*', 34, 40, 150],
			['Kode', 'Indikator', 'Level', 'Harapan', 'Catatan asesor'],
			indicatorRows(r)
		)
	];
}

export function gapMatrix(r: ReportResults): Content {
	const items = r.gaps.items;
	return [
		{ text: '8. Analisis kesenjangan', style: 'h2', pageBreak: 'before' },
		{
			text: items.length
				? `${items.length} indikator di bawah kondisi yang diharapkan; menutup semuanya menambah ${formatNumber(r.gaps.pointsTotal, 2)} poin nilai total. Urutan: indikator kritis, lalu poin terbesar, lalu jangka waktu terpendek.`
				: 'Semua indikator sudah mencapai kondisi yang diharapkan.',
			margin: [0, 0, 0, 6]
		},
		items.length
			? table(
					[40, 84, '*', '*', 28, 64],
					[
						'Kode',
						'Indikator',
						'Kondisi yang ada',
						'Kondisi yang diharapkan',
						'Poin',
						'Dimensi · pihak'
					],
					items.map((g) => [
						{ text: g.gateFailed ? `${g.code} (kritis)` : g.code, style: 'td', bold: g.gateFailed },
						{ text: g.title, style: 'td' },
						{ text: `${g.current} — ${g.currentDescriptor}`, style: 'td' },
						{ text: `${g.expected} — ${g.expectedDescriptor}`, style: 'td' },
						{ text: formatNumber(g.points, 2), style: 'td' },
						{
							text: `${DIMENSION_LABELS[g.dimension]} · ${STAKEHOLDER_LABELS[g.stakeholder]}`,
							style: 'td'
						}
					]),
					{ dontBreakRows: true }
				)
			: ''
	];
}

/**
 * Recommendations of the highest-priority gaps only: the report is read, not worked through; every
 * gap's action, with owner and due date, is in the improvement plan.
 */
export const PRIORITY_RECOMMENDATIONS = 20;

export function recommendations(r: ReportResults): Content {
	const top = r.gaps.items.slice(0, PRIORITY_RECOMMENDATIONS);
	const byHorizon = HORIZONS.map((h) => ({
		h,
		lines: top.flatMap((g) =>
			g.recommendations
				.filter((rec) => rec.horizon === h)
				.map((rec) => `${g.code}: ${readerText(rec.action)} (${STAKEHOLDER_LABELS[rec.stakeholder]})`)
		)
	})).filter((x) => x.lines.length);
	const path = r.path;
	return [
		{ text: '9. Rekomendasi prioritas', style: 'h2' },
		r.gaps.items.length > top.length
			? {
					text: `Rekomendasi untuk ${top.length} kesenjangan dengan prioritas tertinggi dari ${r.gaps.items.length}. Tindakan untuk setiap kesenjangan, dengan penanggung jawab dan tenggat, ada di dokumen Rencana Perbaikan.`,
					style: 'muted',
					margin: [0, 0, 0, 4]
				}
			: '',
		byHorizon.length
			? byHorizon.map((x) => [
					// The heading moves to the next page with its first line, never alone at the bottom.
					{
						unbreakable: true,
						stack: [{ text: HORIZON_LABELS[x.h], style: 'h3' }, bullets(x.lines.slice(0, 1))]
					},
					bullets(x.lines.slice(1))
				])
			: { text: 'Tidak ada rekomendasi: tidak ada kesenjangan.', style: 'muted' },
		{ text: '10. Jalan menuju peringkat berikutnya', style: 'h2' },
		!path || path.target === null
			? { text: 'Sudah pada peringkat tertinggi.', style: 'muted' }
			: [
					{
						text: path.reachable
							? `Dari ${GRADE_LABELS[path.from]} ke ${GRADE_LABELS[path.target]}: ${path.levelSteps} langkah level pada ${path.steps.length} indikator, nilai proyeksi ${formatNumber(path.projectedTotal, 2)}% (${GRADE_LABELS[path.projectedGrade]}).`
							: `Peringkat ${GRADE_LABELS[path.target]} belum dapat dicapai hanya dengan menaikkan level indikator.`,
						margin: [0, 0, 0, 6]
					},
					path.steps.length
						? table(
								[50, '*', 60, 50, 70],
								['Kode', 'Indikator', 'Level', 'Poin', 'Alasan'],
								path.steps.map((s) => [
									{ text: s.code, style: 'td' },
									{ text: s.title, style: 'td' },
									{ text: `${s.from} ke ${s.to}`, style: 'td' },
									{ text: formatNumber(s.points, 2), style: 'td' },
									{ text: s.reason === 'gate' ? 'indikator kritis' : 'poin terbesar', style: 'td' }
								])
							)
						: ''
				]
	];
}
