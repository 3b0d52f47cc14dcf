import { error, fail, redirect } from '@sveltejs/kit';
import { loadAssessment } from '$lib/server/assessments/load';
import { readSheet } from '$lib/server/assessments/scores';
import { scoringModel } from '$lib/server/assessments/view';
import { readForm, textField, textFieldsOf } from '$lib/server/forms';
import { listEvidence } from '$lib/server/evidence';
import { latestReturn } from '$lib/server/assessments/review';
import { correctSnapshot, snapshotSchema } from '$lib/server/assessments/snapshot';
import { PROFESSIONS } from '$lib/domain/panti/types';
import type { Actions, PageServerLoad } from './$types';
import { zoneOfRegion } from '$lib/domain/time-zone';

// Only team members have a sheet to score.
const TEAM = { need: 'team' } as const;

export const load = ((event) => {
	const { user, db, access } = loadAssessment(event, TEAM);
	// A visit's sheet opens only after its member declared no conflict of interest.
	if (access.mustDeclare) redirect(303, `/penilaian/${access.assessment.id}/deklarasi`);
	const model = scoringModel(db, access);
	if (!model) error(500, 'Instrumen penilaian tidak lengkap.');
	return {
		zone: zoneOfRegion(access.regionCode),
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
		/** The reviewer's comments per indicator, while the team works on the return. */
		returnComments:
			access.assessment.status === 'returned'
				? (latestReturn(db, access.assessment.id)?.comments ?? {})
				: {},
		evidence: listEvidence(db, access.assessment.id)
	};
}) satisfies PageServerLoad;

export const actions = {
	/** Corrects the profile facts computed indicators read, for this assessment only. */
	profil: async (event) => {
		const { user, db, access } = loadAssessment(event, TEAM);
		const data = await readForm(event.request);
		// The profile form shows its refusals under `profileError`.
		if (!(data instanceof FormData)) return fail(400, { profileError: data.data.message });
		const parsed = snapshotSchema.safeParse({
			...textFieldsOf(data, ['capacity', 'currentClients']),
			staff: Object.fromEntries(PROFESSIONS.map((p) => [p, textField(data, `staff.${p}`) ?? '0']))
		});
		if (!parsed.success) return fail(400, { profileError: parsed.error.issues[0]!.message });
		const result = correctSnapshot(db, user, access, parsed.data, new Date());
		if (!result.ok) return fail(400, { profileError: result.message });
		redirect(303, `/penilaian/${event.params.id}/nilai#profil`);
	}
} satisfies Actions;
