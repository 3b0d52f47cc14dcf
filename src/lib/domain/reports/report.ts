/**
 * Laporan hasil akreditasi (design.md §8): cover, profile, team and dates, instrument and rubric
 * versions with hashes, total and grade with the gate explanation, aspect chart and table, every
 * indicator's level and note, strengths and weaknesses, the gap matrix, recommendations, the path
 * to the next grade and a signature block. Pure: data → pdfmake document definition.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderBarChart } from '../chart/aspect-bars';
import { aspectLabel } from '$lib/domain/engine';
import { formatDate, formatNumber } from '../format';
import {
	DIMENSION_LABELS,
	GRADE_LABELS,
	HORIZON_LABELS,
	HORIZONS,
	STAKEHOLDER_LABELS
} from '../rubric/vocabulary';
import { findings } from './findings';
import { bullets, COLOURS, facts, framed, INDICATIVE_NOTE, table } from './layout';
import type { ReportMeta, ReportResults } from './types';

const pct = (v: number | null) => (v === null ? '—' : `${formatNumber(v, 2)}%`);
const date = (v: string | null) => (v ? formatDate(v) : '—');

function cover(meta: ReportMeta, r: ReportResults): Content {
	const a = meta.assessment;
	const indicative = a.kind === 'self';
	return [
		{ text: 'SIAP — Sistem Informasi Akreditasi Panti', style: 'muted', margin: [0, 40, 0, 8] },
		{
			text: indicative ? 'LAPORAN HASIL PENILAIAN MANDIRI' : 'LAPORAN HASIL AKREDITASI',
			fontSize: 24,
			bold: true,
			color: COLOURS.brand
		},
		indicative ? { text: INDICATIVE_NOTE, style: 'warn', margin: [0, 6, 0, 0] } : '',
		{ text: meta.panti.name, fontSize: 18, bold: true, margin: [0, 36, 0, 4] },
		{ text: `${meta.panti.typeLabel} · ${meta.panti.regionName}`, style: 'muted' },
		{
			margin: [0, 36, 0, 0],
			table: {
				widths: [120, '*'],
				body: [
					[
						{
							text: r.grade.grade,
							fontSize: 44,
							bold: true,
							alignment: 'center',
							color: '#ffffff',
							fillColor: COLOURS.brand,
							margin: [0, 14, 0, 14]
						},
						{
							margin: [12, 12, 0, 0],
							stack: [
								{ text: 'Peringkat', style: 'muted' },
								{ text: GRADE_LABELS[r.grade.grade], fontSize: 16, bold: true },
								{ text: `Nilai total ${pct(r.score.total)}`, fontSize: 12, margin: [0, 6, 0, 0] }
							]
						}
					]
				]
			},
			layout: 'noBorders'
		},
		facts(
			[
				[
					'Nomor sertifikat',
					a.certificateNumber ?? (indicative ? 'tidak diterbitkan (indikatif)' : '—')
				],
				['Berlaku sampai', date(a.validUntil)],
				['Difinalkan', date(a.finalizedAt)],
				['Instrumen', `${meta.instrument.title} ${meta.instrument.version}`],
				['Dicetak', formatDate(meta.generatedAt)]
			],
			[0, 36, 0, 0]
		),
		{ text: '', pageBreak: 'after' }
	];
}

function profile(meta: ReportMeta): Content {
	const p = meta.panti;
	const a = meta.assessment;
	return [
		{ text: '1. Profil panti', style: 'h2' },
		facts([
			['Nama', p.name],
			['Jenis', p.typeLabel],
			['Kepemilikan', p.ownershipLabel],
			['Alamat', p.address],
			['Wilayah', p.regionName],
			['Kapasitas', p.capacity === null ? '—' : `${p.capacity} orang`],
			['Penerima manfaat saat ini', p.currentClients === null ? '—' : `${p.currentClients} orang`]
		]),
		{ text: '2. Tim dan waktu penilaian', style: 'h2' },
		facts([
			[
				'Jenis penilaian',
				a.kind === 'self' ? 'Penilaian mandiri (indikatif)' : 'Visitasi tim asesor'
			],
			['Tim', meta.team.map((t) => `${t.name}${t.role === 'lead' ? ' (ketua)' : ''}`).join(', ')],
			['Tanggal rencana', date(a.plannedDate)],
			['Diajukan', date(a.submittedAt)],
			['Difinalkan', date(a.finalizedAt)],
			['Peninjau', meta.reviewerName ?? '—']
		]),
		{ text: '3. Instrumen dan rubrik', style: 'h2' },
		table(
			['*', 36, 250],
			['Dokumen', 'Versi', 'SHA-256 isi yang dinilai'],
			[meta.instrument, ...meta.rubrics].map((v) => [
				{ text: v.title, style: 'td' },
				{ text: v.version, style: 'td' },
				{ text: v.hash, style: 'td', fontSize: 6.3 }
			])
		)
	];
}

function result(r: ReportResults): Content {
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

function indicators(r: ReportResults): Content {
	return [
		{ text: '7. Nilai per indikator', style: 'h2', pageBreak: 'before' },
		table(
			[46, '*', 34, 40, 150],
			['Kode', 'Indikator', 'Level', 'Harapan', 'Catatan asesor'],
			indicatorRows(r)
		)
	];
}

function gapMatrix(r: ReportResults): Content {
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

function recommendations(r: ReportResults): Content {
	const top = r.gaps.items.slice(0, PRIORITY_RECOMMENDATIONS);
	const byHorizon = HORIZONS.map((h) => ({
		h,
		lines: top.flatMap((g) =>
			g.recommendations
				.filter((rec) => rec.horizon === h)
				.map((rec) => `${g.code}: ${rec.action} (${STAKEHOLDER_LABELS[rec.stakeholder]})`)
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
				text: `${meta.panti.regionName.split(',')[0]}, ${date(meta.assessment.finalizedAt)}`,
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
