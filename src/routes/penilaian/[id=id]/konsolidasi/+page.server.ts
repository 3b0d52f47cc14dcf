import { fail, redirect } from '@sveltejs/kit';
import { consolidationView } from '$lib/server/assessments/consolidate';
import { readConsolidationForm, saveConsolidation } from '$lib/server/assessments/consolidate-save';
import { loadAssessmentInstrument } from '$lib/server/assessments/load';
import { readForm, UNREADABLE_FORM } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';
import { zoneOfRegion } from '$lib/domain/time-zone';

// Only the lead consolidates; for anyone else the page does not exist.
const LEAD = { need: 'lead' } as const;

export const load = ((event) => {
	const { db, access, form } = loadAssessmentInstrument(event, LEAD);
	return {
		zone: zoneOfRegion(access.regionCode),
		assessment: {
			id: access.assessment.id,
			pantiName: access.pantiName,
			status: access.assessment.status
		},
		canEdit: access.canScore,
		view: consolidationView(db, access, form),
		saved: event.url.searchParams.has('disimpan')
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { user, db, access, form } = loadAssessmentInstrument(event, LEAD);
		const data = await readForm(event.request);
		const input = data instanceof FormData ? readConsolidationForm(data) : null;
		if (!input) return fail(400, { message: UNREADABLE_FORM, conflicts: [] });
		const result = saveConsolidation(db, user, access, form, input, new Date());
		// A conflict (409) lists what is stored now; the lead's choices stay in the page.
		if (!result.ok)
			return 'conflicts' in result
				? fail(409, { message: result.message, conflicts: result.conflicts })
				: fail(400, { message: result.message, conflicts: [] });
		redirect(303, `/penilaian/${event.params.id}/konsolidasi?disimpan=1`);
	}
} satisfies Actions;
