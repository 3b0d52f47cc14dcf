/** The report's cover page and its sections 1–3: panti profile, team and dates, instrument and rubric versions. */
import type { Content } from 'pdfmake/interfaces';
import { formatDateTime } from '../format';
import { formatVisitDates } from '../assessment/visit-record';
import { GRADE_LABELS } from '../rubric/vocabulary';
import { COLOURS, dateOrDash, facts, INDICATIVE_NOTE, pct, table } from './layout';
import type { ReportMeta, ReportResults } from './types';

export function cover(meta: ReportMeta, r: ReportResults): Content {
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
				['Berlaku sampai', dateOrDash(a.validUntil, meta.panti.zone)],
				['Difinalkan', dateOrDash(a.finalizedAt, meta.panti.zone)],
				['Instrumen', `${meta.instrument.title} ${meta.instrument.version}`],
				['Dicetak', formatDateTime(meta.generatedAt, meta.panti.zone)]
			],
			[0, 36, 0, 0]
		),
		{ text: '', pageBreak: 'after' }
	];
}

/**
 * The visit as it happened. A visit finalized before visit records existed shows "—" for its
 * date (the planned date is on the row above, labelled as planned) and no attendance.
 */
function visitRows(a: ReportMeta['assessment']): [string, string][] {
	if (a.kind === 'self') return [];
	const v = a.visit;
	if (!v) return [['Tanggal visitasi', '— (tidak dicatat)']];
	return [
		['Tanggal visitasi', formatVisitDates(v)],
		['Tim yang hadir', v.teamNames.join(', ') || '—'],
		['Hadir dari panti dan mitra', v.present.map((p) => `${p.name} (${p.position})`).join(', ')]
	];
}

export function profile(meta: ReportMeta): Content {
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
			['Klien saat ini', p.currentClients === null ? '—' : `${p.currentClients} orang`]
		]),
		{ text: '2. Tim dan waktu penilaian', style: 'h2' },
		facts([
			[
				'Jenis penilaian',
				a.kind === 'self' ? 'Penilaian mandiri (indikatif)' : 'Visitasi tim asesor'
			],
			['Tim', meta.team.map((t) => `${t.name}${t.role === 'lead' ? ' (ketua)' : ''}`).join(', ')],
			['Tanggal rencana', dateOrDash(a.plannedDate, meta.panti.zone)],
			...visitRows(a),
			['Diajukan', dateOrDash(a.submittedAt, meta.panti.zone)],
			['Difinalkan', dateOrDash(a.finalizedAt, meta.panti.zone)],
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
