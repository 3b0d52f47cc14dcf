import { error } from '@sveltejs/kit';
import type { PantiType } from '$lib/domain/panti-types';
import { assessmentAccess } from '$lib/server/assessments/access';
import { readSheet } from '$lib/server/assessments/scores';
import { teamOf } from '$lib/server/assessments/view';
import { getDb } from '$lib/server/db/connection';
import { idParam, requireUser } from '$lib/server/guard';
import { formFor, getInstrumentVersion } from '$lib/server/rubrics/read';
import type { PageServerLoad } from './$types';

export const load = (({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const db = getDb();
	const access = assessmentAccess(db, user, idParam(params.id));
	if (!access) error(404, 'Penilaian tidak ditemukan.');
	const a = access.assessment;
	const form = formFor(db, a.instrumentVersionId, access.pantiType as PantiType);
	const ins = getInstrumentVersion(db, a.instrumentVersionId);
	const team = teamOf(db, a.id).map((m) => {
		const sheet = readSheet(db, a.id, m.id);
		return { ...m, done: sheet.filter((s) => s.notApplicable || s.level !== null).length };
	});
	return {
		assessment: {
			id: a.id,
			kind: a.kind,
			status: a.status,
			plannedDate: a.plannedDate,
			grade: a.grade,
			totalPct: a.totalPct,
			returnReason: a.returnReason,
			pantiId: a.pantiId,
			pantiName: access.pantiName
		},
		instrument: ins ? `${ins.content.title} v${ins.content.version}` : '',
		indicatorCount: form?.indicators.length ?? 0,
		team,
		teamRole: access.teamRole,
		canScore: access.canScore,
		created: url.searchParams.has('dibuat')
	};
}) satisfies PageServerLoad;
