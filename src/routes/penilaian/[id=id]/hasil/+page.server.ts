import { error } from '@sveltejs/kit';
import { renderBarChart } from '$lib/domain/chart/aspect-bars';
import { gradeMeaning } from '$lib/domain/assessment/grade-meaning';
import { aspectLabel, mostValuableSteps, resultMatrix } from '$lib/domain/engine';
import { GRADE_RANK } from '$lib/domain/rubric/vocabulary';
import { round2 } from '$lib/domain/round';
import { loadAssessment } from '$lib/server/assessments/load';
import { assessmentResults } from '$lib/server/assessments/results';
import { availableDocuments } from '$lib/server/reports/data';
import type { PageServerLoad } from './$types';
import { zoneOfRegion } from '$lib/domain/time-zone';

/** The few steps the summary leads with; the full path follows on request. */
const NEXT_STEPS = 3;

export const load = ((event) => {
	const { db, access } = loadAssessment(event);
	const a = access.assessment;
	const r = assessmentResults(db, a);
	if (!r) error(500, 'Instrumen penilaian tidak lengkap.');
	const prevAspect = new Map(r.trend?.aspects.map((t) => [t.code, t.previous]) ?? []);
	return {
		zone: zoneOfRegion(access.regionCode),
		assessment: {
			id: a.id,
			kind: a.kind,
			status: a.status,
			pantiName: access.pantiName,
			pantiId: a.pantiId
		},
		documents: availableDocuments(db, a),
		provisional: a.status !== 'finalized' || !r.score.complete,
		complete: r.score.complete,
		source: r.source,
		total: r.score.total,
		answered: r.score.answered + r.score.notApplicable,
		indicatorCount: r.score.indicatorCount,
		grade: r.grade && {
			grade: r.grade.grade,
			band: r.grade.band,
			explanation: r.grade.explanation,
			validityYears: r.grade.validityYears,
			gates: r.grade.gates,
			safeguarding: r.grade.safeguarding,
			/** Plain words for the grade: what it says, what TT means, how long it holds. */
			meaning: gradeMeaning({
				grade: r.grade.grade,
				validityYears: r.grade.validityYears,
				kind: a.kind,
				capped: GRADE_RANK[r.grade.band] > GRADE_RANK[r.grade.grade]
			}),
			validUntil: a.status === 'finalized' ? a.validUntil : null
		},
		aspects: r.score.aspects.map((s) => ({
			...s,
			previous: prevAspect.get(`${s.part}:${s.code}`) ?? null
		})),
		chart: renderBarChart(
			r.score.aspects.map((s) => ({
				label: aspectLabel(s),
				value: s.pct,
				reference: prevAspect.get(`${s.part}:${s.code}`) ?? null
			})),
			{ title: 'Nilai per aspek (%)' }
		),
		nextSteps: mostValuableSteps(r.form, r.path, r.gaps, NEXT_STEPS).map((s) => ({
			...s,
			points: round2(s.points)
		})),
		/** Every scored indicator, gaps first; the page filters it (all, below expected, critical). */
		matrix: resultMatrix(r.form, r.sheet, r.gaps, r.notes).map((m) => ({
			...m,
			points: round2(m.points)
		})),
		gaps: {
			count: r.gaps.items.length,
			pointsTotal: round2(r.gaps.pointsTotal),
			byDimension: r.gaps.byDimension,
			byStakeholder: r.gaps.byStakeholder,
			byHorizon: r.gaps.byHorizon
		},
		path: r.path,
		trend: r.trend && {
			finalizedAt: r.trend.finalizedAt,
			total: r.trend.total,
			added: r.trend.added,
			removed: r.trend.removed
		}
	};
}) satisfies PageServerLoad;
