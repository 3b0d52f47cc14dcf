import { error } from '@sveltejs/kit';
import { assessmentAccess } from '$lib/server/assessments/access';
import { readSheet } from '$lib/server/assessments/scores';
import { scoringModel } from '$lib/server/assessments/view';
import { getDb } from '$lib/server/db/connection';
import { listEvidence } from '$lib/server/evidence';
import { idParam, requireUser } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load = (({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const db = getDb();
	const access = assessmentAccess(db, user, idParam(params.id));
	// Only team members have a sheet to score.
	if (!access || access.teamRole === null) error(404, 'Penilaian tidak ditemukan.');
	const model = scoringModel(db, access);
	if (!model) error(500, 'Instrumen penilaian tidak lengkap.');
	return {
		assessment: {
			id: access.assessment.id,
			status: access.assessment.status,
			kind: access.assessment.kind,
			returnReason: access.assessment.returnReason,
			pantiName: access.pantiName
		},
		canScore: access.canScore,
		model,
		sheet: readSheet(db, access.assessment.id, user.id),
		evidence: listEvidence(db, access.assessment.id)
	};
}) satisfies PageServerLoad;
