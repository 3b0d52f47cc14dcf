/** The report's sections 4–6: total and grade with the gate explanation, aspect chart and table, strengths and weaknesses. */
import type { Content } from 'pdfmake/interfaces';
import { renderBarChart } from '../chart/aspect-bars';
import { aspectLabel } from '$lib/domain/engine';
import { GRADE_LABELS } from '../rubric/vocabulary';
import { findings } from './findings';
import { bullets, COLOURS, facts, pct, table } from './layout';
import type { ReportResults } from './types';

export function result(r: ReportResults): Content {
	const f = findings(r.score, r.grade);
	return [
		{ text: '4. Nilai dan peringkat', style: 'h2' },
		facts([
			['Nilai total', pct(r.score.total)],
			['Rentang nilai', GRADE_LABELS[r.grade.band]],
			['Peringkat', GRADE_LABELS[r.grade.grade]],
			['Penjelasan', r.grade.explanation],
			[
				'Bagian',
				r.score.parts
					.map((p) => `${p.part === 'umum' ? 'Standar umum' : 'Standar khusus'} ${pct(p.pct)}`)
					.join(' · ')
			]
		]),
		r.grade.safeguarding.length
			? [
					{ text: 'Temuan perlindungan klien', style: 'h3', color: COLOURS.warn },
					{
						text:
							'Penilaian menemukan klien dalam bahaya atau berisiko. Temuan berikut harus segera ' +
							'dirujuk dan ditindaklanjuti, terlepas dari nilai; panti tidak dapat diakreditasi ' +
							'selama temuan ini ada.',
						margin: [0, 0, 0, 4] as [number, number, number, number]
					},
					bullets(
						r.grade.safeguarding.map(
							(g) =>
								`${g.code} · ${g.title} (level ${g.level}, minimal ${g.required}): ${g.explanation}`
						)
					)
				]
			: '',
		r.grade.gates.length
			? [
					{ text: 'Indikator kritis yang membatasi peringkat', style: 'h3' },
					table(
						[50, '*', 40, 40, 50],
						['Kode', 'Indikator', 'Level', 'Syarat', 'Batas'],
						r.grade.gates.map((g) => [
							{ text: g.code, style: 'td' },
							{ text: `${g.title} — ${g.explanation}`, style: 'td' },
							{ text: String(g.level), style: 'td' },
							{ text: `min. ${g.required}`, style: 'td' },
							{ text: GRADE_LABELS[g.cap], style: 'td' }
						])
					)
				]
			: '',
		{
			// Heading and chart move to the next page together, never a heading left alone.
			unbreakable: true,
			stack: [
				{ text: '5. Nilai per aspek', style: 'h2' },
				{
					svg: renderBarChart(
						r.score.aspects.map((s) => ({ label: aspectLabel(s), value: s.pct })),
						{ width: 640 }
					),
					width: 499
				}
			]
		},
		table(
			[60, 40, '*', 70, 50],
			['Bagian', 'Kode', 'Aspek', 'Dinilai / N/A', 'Nilai'],
			r.score.aspects.map((s) => [
				{ text: s.part === 'umum' ? 'Umum' : 'Khusus', style: 'td' },
				{ text: s.code, style: 'td' },
				{ text: s.title, style: 'td' },
				{ text: `${s.answered} / ${s.notApplicable} dari ${s.total}`, style: 'td' },
				{ text: pct(s.pct), style: 'td', bold: true }
			])
		),
		{ text: '6. Kekuatan dan kelemahan', style: 'h2' },
		{
			columns: [
				{
					stack: [
						{ text: 'Kekuatan (aspek > 66%)', style: 'h3' },
						f.strengths.length ? bullets(f.strengths) : { text: 'Belum ada.', style: 'muted' }
					]
				},
				{
					stack: [
						{ text: 'Kelemahan (indikator kritis, aspek < 33%)', style: 'h3' },
						f.weaknesses.length ? bullets(f.weaknesses) : { text: 'Tidak ada.', style: 'muted' }
					]
				}
			],
			columnGap: 16
		}
	];
}
