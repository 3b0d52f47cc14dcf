import { fail, redirect } from '@sveltejs/kit';
import { consolidationView, saveConsolidation } from '$lib/server/assessments/consolidate';
import { loadAssessmentInstrument } from '$lib/server/assessments/load';
import { readForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

// Only the lead consolidates; for anyone else the page does not exist.
const LEAD = { need: 'lead' } as const;

export const load = ((event) => {
	const { db, access, form } = loadAssessmentInstrument(event, LEAD);
	return {
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
		if (!(data instanceof FormData)) return data;
		const values = new Map<string, string>();
		for (const [key, value] of data)
			if (key.startsWith('c.') && typeof value === 'string') values.set(key.slice(2), value);
		const result = saveConsolidation(db, user, access, form, values, new Date());
		if (!result.ok) return fail(400, { message: result.message });
		redirect(303, `/penilaian/${event.params.id}/konsolidasi?disimpan=1`);
	}
} satisfies Actions;
