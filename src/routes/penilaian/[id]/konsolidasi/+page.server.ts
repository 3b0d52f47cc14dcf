import { error, fail, redirect } from '@sveltejs/kit';
import { assessmentAccess } from '$lib/server/assessments/access';
import { consolidationView, saveConsolidation } from '$lib/server/assessments/consolidate';
import { getDb } from '$lib/server/db/connection';
import { readForm } from '$lib/server/forms';
import { idParam, requireUser } from '$lib/server/guard';
import { formFor } from '$lib/server/rubrics/read';
import type { Actions, PageServerLoad } from './$types';

function context(locals: App.Locals, url: URL, rawId: string) {
	const user = requireUser(locals, url);
	const db = getDb();
	const access = assessmentAccess(db, user, idParam(rawId));
	// Only the lead consolidates; for anyone else the page does not exist.
	if (!access || !access.isLead) error(404, 'Penilaian tidak ditemukan.');
	const form = formFor(db, access.assessment.instrumentVersionId, access.pantiType);
	if (!form) error(500, 'Instrumen penilaian tidak lengkap.');
	return { user, db, access, form };
}

export const load = (({ locals, url, params }) => {
	const { db, access, form } = context(locals, url, params.id);
	return {
		assessment: {
			id: access.assessment.id,
			pantiName: access.pantiName,
			status: access.assessment.status
		},
		canEdit: access.canScore,
		view: consolidationView(db, access, form),
		saved: url.searchParams.has('disimpan')
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, url, params, request }) => {
		const { user, db, access, form } = context(locals, url, params.id);
		const data = await readForm(request);
		if (!(data instanceof FormData)) return data;
		const values = new Map<string, string>();
		for (const [key, value] of data)
			if (key.startsWith('c.') && typeof value === 'string') values.set(key.slice(2), value);
		const result = saveConsolidation(db, user, access, form, values, new Date());
		if (!result.ok) return fail(400, { message: result.message });
		redirect(303, `/penilaian/${params.id}/konsolidasi?disimpan=1`);
	}
} satisfies Actions;
