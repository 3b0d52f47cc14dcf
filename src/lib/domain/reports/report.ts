/**
 * Laporan hasil akreditasi (design.md §8): cover, profile, team and dates, instrument and rubric
 * versions with hashes, total and grade with the gate explanation, aspect chart and table, every
 * indicator's level and note, strengths and weaknesses, the gap matrix, recommendations, the path
 * to the next grade and a signature block. Pure: data → pdfmake document definition; the sections
 * live in report-cover.ts, report-results.ts and report-gaps.ts.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { dateOrDash, framed } from './layout';
import { cover, profile } from './report-cover';
import { gapMatrix, indicators, recommendations } from './report-gaps';
import { result } from './report-results';
import type { ReportMeta, ReportResults } from './types';

export { indicatorRows, PRIORITY_RECOMMENDATIONS } from './report-gaps';

function signatures(meta: ReportMeta): Content {
	const lead = meta.team.find((t) => t.role === 'lead');
	const block = (role: string, name: string) => ({
		stack: [
			{ text: role, style: 'muted' },
			{ text: ' ', margin: [0, 36, 0, 0] },
			{ canvas: [{ type: 'line', x1: 0, y1: 0, x2: 180, y2: 0, lineWidth: 0.5 }] },
			{ text: name, bold: true, margin: [0, 4, 0, 0] }
		]
	});
	return {
		unbreakable: true,
		margin: [0, 28, 0, 0],
		stack: [
			{
				text: `${meta.panti.regionName.split(',')[0]}, ${dateOrDash(meta.assessment.finalizedAt, meta.panti.zone)}`,
				margin: [0, 0, 0, 12]
			},
			{
				columns: [
					block(
						meta.assessment.kind === 'self' ? 'Kepala panti' : 'Ketua tim asesor',
						lead?.name ?? '—'
					),
					meta.assessment.kind === 'self'
						? { text: '' }
						: block('Peninjau (Dinas Sosial)', meta.reviewerName ?? '—')
				]
			}
		]
	} as Content;
}

/** @example buildReport(meta, results).content // cover, sections 1–10, signatures */
export function buildReport(meta: ReportMeta, r: ReportResults): TDocumentDefinitions {
	const indicative = meta.assessment.kind === 'self';
	return framed(
		{
			title: indicative ? 'Laporan penilaian mandiri' : 'Laporan hasil akreditasi',
			pantiName: meta.panti.name,
			instrumentLabel: `${meta.instrument.title} ${meta.instrument.version}`,
			indicative
		},
		{
			info: {
				title: `Laporan ${indicative ? 'penilaian mandiri' : 'hasil akreditasi'} — ${meta.panti.name}`,
				author: 'SIAP',
				subject: `Penilaian #${meta.assessment.id}`
			},
			content: [
				cover(meta, r),
				profile(meta),
				result(r),
				indicators(r),
				gapMatrix(r),
				recommendations(r),
				signatures(meta)
			]
		}
	);
}
