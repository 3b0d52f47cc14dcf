/**
 * Rencana perbaikan: the improvement actions grouped by horizon, then stakeholder, with owners,
 * due dates and status (overdue marked), followed by the path to the next grade.
 * Pure: data → pdfmake document definition.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate, formatNumber } from '../format';
import {
	GRADE_LABELS,
	HORIZON_LABELS,
	HORIZONS,
	STAKEHOLDER_LABELS,
	STAKEHOLDERS
} from '../rubric/vocabulary';
import { COLOURS, facts, framed, table } from './layout';
import type { PlanAction, PlanData } from './types';

export const STATUS_LABELS: Record<PlanAction['status'], string> = {
	belum: 'Belum',
	proses: 'Proses',
	selesai: 'Selesai'
};

/** An action is overdue when it is not done and its due date has passed. */
export const isOverdue = (a: PlanAction, today: string) =>
	a.status !== 'selesai' && a.dueDate !== null && a.dueDate < today;

function actionRows(actions: readonly PlanAction[], today: string): Content[][] {
	return actions.map((a) => {
		const late = isOverdue(a, today);
		return [
			{ text: a.indicatorCode, style: 'td' },
			{
				stack: [
					{ text: a.action, style: 'td' },
					a.progressNote
						? { text: a.progressNote, style: 'td', italics: true, color: COLOURS.muted }
						: ''
				]
			},
			{ text: a.owner || '—', style: 'td' },
			{
				text: a.dueDate ? formatDate(a.dueDate) + (late ? ' (terlambat)' : '') : '—',
				style: 'td',
				color: late ? COLOURS.warn : COLOURS.ink,
				bold: late
			},
			{ text: STATUS_LABELS[a.status], style: 'td' }
		];
	});
}

/** Horizon → stakeholder groups, in vocabulary order; empty groups are left out. */
export function groupActions<A extends PlanAction>(actions: readonly A[]) {
	return HORIZONS.map((horizon) => ({
		horizon,
		stakeholders: STAKEHOLDERS.map((stakeholder) => ({
			stakeholder,
			actions: actions.filter((a) => a.horizon === horizon && a.stakeholder === stakeholder)
		})).filter((g) => g.actions.length)
	})).filter((g) => g.stakeholders.length);
}

/** @example buildPlan(data).content // summary, actions by horizon and stakeholder, path */
export function buildPlan(p: PlanData): TDocumentDefinitions {
	const indicative = p.assessment.kind === 'self';
	const done = p.actions.filter((a) => a.status === 'selesai').length;
	const late = p.actions.filter((a) => isOverdue(a, p.today)).length;
	const groups = groupActions(p.actions);
	const path = p.path;
	return framed(
		{
			title: 'Rencana perbaikan',
			pantiName: p.panti.name,
			instrumentLabel: `${p.instrument.title} ${p.instrument.version}`,
			indicative
		},
		{
			info: { title: `Rencana perbaikan — ${p.panti.name}`, author: 'SIAP' },
			content: [
				{ text: 'Rencana Perbaikan', style: 'h1' },
				{ text: p.panti.name, fontSize: 14, bold: true },
				{
					text: `${p.panti.typeLabel} · ${p.panti.regionName}`,
					style: 'muted',
					margin: [0, 0, 0, 10]
				},
				facts([
					[
						'Dasar',
						`${indicative ? 'Penilaian mandiri (indikatif)' : 'Hasil akreditasi'} difinalkan ${p.assessment.finalizedAt ? formatDate(p.assessment.finalizedAt, p.panti.zone) : '—'}`
					],
					['Peringkat saat ini', `${GRADE_LABELS[p.grade]} · nilai ${formatNumber(p.total, 2)}%`],
					[
						'Kemajuan',
						`${done} dari ${p.actions.length} tindakan selesai${late ? ` · ${late} terlambat` : ''}`
					],
					['Per tanggal', formatDate(p.today)]
				]),
				p.actions.length
					? groups.map((g) => [
							{ text: HORIZON_LABELS[g.horizon], style: 'h2' },
							g.stakeholders.map((s) => [
								{ text: STAKEHOLDER_LABELS[s.stakeholder], style: 'h3' },
								table(
									[44, '*', 90, 80, 44],
									['Kode', 'Tindakan', 'Penanggung jawab', 'Tenggat', 'Status'],
									actionRows(s.actions, p.today)
								)
							])
						])
					: {
							text: 'Tidak ada tindakan: semua indikator sudah mencapai kondisi yang diharapkan.',
							style: 'muted',
							margin: [0, 12, 0, 0]
						},
				{ text: 'Jalan menuju peringkat berikutnya', style: 'h2' },
				!path || path.target === null
					? { text: 'Sudah pada peringkat tertinggi.', style: 'muted' }
					: [
							{
								text: path.reachable
									? `Dari ${GRADE_LABELS[path.from]} ke ${GRADE_LABELS[path.target]}: naikkan ${path.steps.length} indikator (${path.levelSteps} langkah level); nilai proyeksi ${formatNumber(path.projectedTotal, 2)}%.`
									: `Peringkat ${GRADE_LABELS[path.target]} belum dapat dicapai hanya dengan menaikkan level indikator.`,
								margin: [0, 0, 0, 6]
							},
							path.steps.length
								? table(
										[50, '*', 60, 50],
										['Kode', 'Indikator', 'Level', 'Poin'],
										path.steps.map((s) => [
											{ text: s.code, style: 'td' },
											{ text: s.title, style: 'td' },
											{ text: `${s.from} ke ${s.to}`, style: 'td' },
											{ text: formatNumber(s.points, 2), style: 'td' }
										])
									)
								: ''
						]
			]
		}
	);
}
