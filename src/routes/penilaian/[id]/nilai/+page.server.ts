import { error } from '@sveltejs/kit';
import { assessmentAccess } from '$lib/server/assessments/access';
import { readSheet } from '$lib/server/assessments/scores';
import { scoringModel } from '$lib/server/assessments/view';
import { getDb } from '$lib/server/db/connection';
import { readForm } from '$lib/server/forms';
import { listEvidence } from '$lib/server/evidence';
import { idParam, requireUser } from '$lib/server/guard';
import { fail, redirect } from '@sveltejs/kit';
import { correctSnapshot, snapshotSchema } from '$lib/server/assessments/snapshot';
import { PROFESSIONS } from '$lib/domain/panti-types';
import type { Actions, PageServerLoad } from './$types';

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
		/** Names this user's offline store on the device (a shared tablet keeps users apart). */
		userId: user.id,
		model,
		sheet: readSheet(db, access.assessment.id, user.id),
		evidence: listEvidence(db, access.assessment.id)
	};
}) satisfies PageServerLoad;

export const actions = {
	/** Corrects the profile facts computed indicators read, for this assessment only. */
	profil: async ({ locals, url, params, request }) => {
		const user = requireUser(locals, url);
		const db = getDb();
		const access = assessmentAccess(db, user, idParam(params.id));
		if (!access || access.teamRole === null) error(404, 'Penilaian tidak ditemukan.');
		const data = await readForm(request);
		// The profile form shows its refusals under `profileError`.
		if (!(data instanceof FormData)) return fail(400, { profileError: data.data.message });
		const get = (k: string) => {
			const value = data.get(k);
			return typeof value === 'string' ? value : undefined;
		};
		const parsed = snapshotSchema.safeParse({
			capacity: get('capacity'),
			currentClients: get('currentClients'),
			staff: Object.fromEntries(PROFESSIONS.map((p) => [p, get(`staff.${p}`) ?? '0']))
		});
		if (!parsed.success) return fail(400, { profileError: parsed.error.issues[0]!.message });
		const result = correctSnapshot(db, user, access, parsed.data, new Date());
		if (!result.ok) return fail(400, { profileError: result.message });
		redirect(303, `/penilaian/${params.id}/nilai#profil`);
	}
} satisfies Actions;
