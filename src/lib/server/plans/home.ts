/**
 * The panti head's home (design.md §1): where the panti stands (latest result), what to do next
 * (gaps, path to the next grade, the current improvement plan) and the documents to download.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import { renderBarChart } from '$lib/domain/chart/aspect-bars';
import { gradeMeaning } from '$lib/domain/assessment/grade-meaning';
import { aspectLabel, mostValuableSteps } from '$lib/domain/engine';
import { descriptorChain } from '$lib/domain/rubric/descriptor';
import { GRADE_RANK } from '$lib/domain/rubric/vocabulary';
import { certificateStatus } from '$lib/domain/assessment/certificate-status';
import { round2 } from '$lib/domain/round';
import type { Queryable } from '../db';
import { assessments } from '../db/schema';
import type { AssessmentRow } from '../assessments/access';
import { assessmentResults } from '../assessments/results';
import { availableDocuments } from '../reports/data';
import { planAccess } from './access';
import { progressOf } from './progress';
import { currentPlans, planActions } from './read';

const TOP_GAPS = 5;
const NEXT_ACTIONS = 5;
const PATH_STEPS = 3;

/** The latest finalized visit; only when there is none, the latest finalized self-assessment. */
function latestFinalized(db: Queryable, pantiId: number): AssessmentRow | null {
	const newest = (kind: 'visit' | 'self') =>
		db
			.select()
			.from(assessments)
			.where(
				and(
					eq(assessments.pantiId, pantiId),
					eq(assessments.kind, kind),
					eq(assessments.status, 'finalized')
				)
			)
			.orderBy(desc(assessments.finalizedAt), desc(assessments.id))
			.get();
	return newest('visit') ?? newest('self') ?? null;
}

/** A self-assessment still being scored: the empty state offers to continue it. */
function openSelfAssessment(db: Queryable, pantiId: number): number | null {
	return (
		db
			.select({ id: assessments.id })
			.from(assessments)
			.where(
				and(
					eq(assessments.pantiId, pantiId),
					eq(assessments.kind, 'self'),
					inArray(assessments.status, ['draft', 'in_progress', 'returned'])
				)
			)
			.orderBy(desc(assessments.id))
			.get()?.id ?? null
	);
}

function resultSummary(db: Queryable, a: AssessmentRow, today: string) {
	const r = assessmentResults(db, a);
	if (!r || !r.grade) return null;
	const path = r.path;
	return {
		assessment: { id: a.id, kind: a.kind, finalizedAt: a.finalizedAt },
		total: a.totalPct ?? r.score.total,
		grade: r.grade.grade,
		explanation: r.grade.explanation,
		meaning: gradeMeaning({
			grade: r.grade.grade,
			validityYears: r.grade.validityYears,
			kind: a.kind,
			capped: GRADE_RANK[r.grade.band] > GRADE_RANK[r.grade.grade]
		}),
		safeguarding: r.grade.safeguarding,
		certificate:
			a.certificateNumber && a.validUntil
				? {
						number: a.certificateNumber,
						validUntil: a.validUntil,
						status: certificateStatus(a, today)
					}
				: null,
		chart: renderBarChart(
			r.score.aspects.map((s) => ({ label: aspectLabel(s), value: s.pct })),
			{ title: 'Nilai per aspek (%)' }
		),
		gapCount: r.gaps.items.length,
		gaps: r.gaps.items.slice(0, TOP_GAPS).map((g) => {
			const levels = r.form.indicators[r.form.byCode.get(g.code)!]!.indicator.levels;
			return {
				code: g.code,
				title: g.title,
				current: g.current,
				currentDescriptor: g.currentDescriptor,
				expected: g.expected,
				expectedDescriptor: g.expectedDescriptor,
				currentText: descriptorChain(levels, g.current),
				expectedText: descriptorChain(levels, g.expected),
				points: round2(g.points),
				gateFailed: g.gateFailed
			};
		}),
		path: path && {
			target: path.target,
			reachable: path.reachable,
			stepCount: path.steps.length,
			levelSteps: path.levelSteps,
			projectedTotal: path.projectedTotal,
			projectedGrade: path.projectedGrade
		},
		nextSteps: mostValuableSteps(r.form, path, r.gaps, PATH_STEPS).map((s) => ({
			...s,
			points: round2(s.points)
		})),
		documents: availableDocuments(db, a)
	};
}

function planSummary(db: Queryable, actor: Actor, id: number, today: string) {
	const access = planAccess(db, actor, id);
	if (!access) return null;
	const actions = planActions(db, access, today);
	const next = actions
		.filter((a) => a.status !== 'selesai')
		// Undated actions last: they have no deadline to keep.
		.sort((x, y) => (x.dueDate ?? '9999').localeCompare(y.dueDate ?? '9999') || x.id - y.id)
		.slice(0, NEXT_ACTIONS)
		.map((a) => ({
			id: a.id,
			indicatorCode: a.indicatorCode,
			action: a.action,
			owner: a.owner,
			dueDate: a.dueDate,
			status: a.status,
			overdue: a.overdue
		}));
	return {
		id: access.plan.id,
		indicative: access.plan.indicative,
		basisId: access.basis.assessment.id,
		progress: progressOf(actions, today),
		next
	};
}

/** Everything /beranda shows for a panti head; `panti` is the head's own, already in scope. */
export function pantiHome(
	db: Queryable,
	actor: Actor,
	panti: { readonly id: number; readonly type: string },
	today: string
) {
	const latest = latestFinalized(db, panti.id);
	return {
		result: latest ? resultSummary(db, latest, today) : null,
		// The visit's plan first; a self-assessment's indicative plan beside it, never instead of it.
		plans: currentPlans(db, panti.id)
			.map((p) => planSummary(db, actor, p.id, today))
			.filter((p) => p !== null),
		openSelfAssessmentId: openSelfAssessment(db, panti.id)
	};
}
