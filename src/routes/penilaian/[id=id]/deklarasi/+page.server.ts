import { redirect } from '@sveltejs/kit';
import { declarationSchema } from '$lib/domain/assessment/conflict';
import { declare } from '$lib/server/assessments/conflict';
import { loadAssessment } from '$lib/server/assessments/load';
import { invalid, parseWith, readForm, textField, textFields } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

// Only a member of the visit's team declares; for anyone else the page does not exist.
const TEAM = { need: 'team' } as const;

export const load = ((event) => {
	const { access } = loadAssessment(event, TEAM);
	const a = access.assessment;
	return {
		assessment: { id: a.id, pantiName: access.pantiName, kind: a.kind, status: a.status },
		teamRole: access.teamRole,
		/** Already declared no conflict while scoring is open: the page only offers to report one. */
		declared: a.kind === 'visit' && !access.mustDeclare && access.canScore,
		open: access.canScore || access.mustDeclare
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { user, db, access } = loadAssessment(event, TEAM);
		const data = await readForm(event.request);
		if (!(data instanceof FormData)) return data;
		const parsed = parseWith(
			declarationSchema,
			{
				statement: textField(data, 'statement'),
				confirm: textField(data, 'confirm'),
				grounds: textFields(data, 'grounds').filter((g) => g !== ''),
				detail: textField(data, 'detail')
			},
			data
		);
		if (!parsed.ok) return parsed.failure;
		const result = declare(db, user, access, parsed.data, new Date());
		if (!result.ok) return invalid(data, {}, result.message);
		// Off the team: this assessment is no longer theirs to see.
		if (result.conflict) redirect(303, `/penilaian?konflik=${access.assessment.id}`);
		redirect(303, `/penilaian/${event.params.id}/nilai`);
	}
} satisfies Actions;
