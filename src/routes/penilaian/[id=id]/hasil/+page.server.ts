import { error } from '@sveltejs/kit';
import { renderBarChart } from '$lib/domain/chart/aspect-bars';
import { aspectLabel } from '$lib/domain/engine';
import { round2 } from '$lib/domain/round';
import { loadAssessment } from '$lib/server/assessments/load';
import { assessmentResults } from '$lib/server/assessments/results';
import { availableDocuments } from '$lib/server/reports/data';
import type { PageServerLoad } from './$types';
import { zoneOfRegion } from '$lib/domain/time-zone';

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
			safeguarding: r.grade.safeguarding
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
		gaps: {
			items: r.gaps.items.map((g) => ({ ...g, points: round2(g.points) })),
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
