import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { loadAssessment, loadAssessmentInstrument } from '$lib/server/assessments/load';
import { reviewView } from '$lib/server/assessments/review-view';
import { finalize, returnForRevision } from '$lib/server/assessments/workflow';
import { signatoryOf } from '$lib/server/assessments/signatory';
import { todayIn } from '$lib/server/clock';
import { zoneOfRegion } from '$lib/domain/time-zone';
import { readForm } from '$lib/server/forms';
import { GRADES } from '$lib/domain/rubric/vocabulary';
import {
	commentFields,
	returnCommentsSchema,
	returnReasonSchema
} from '$lib/domain/assessment/return-form';
import type { Actions, PageServerLoad } from './$types';

/**
 * The review page: for those who decide (the Dinas of the scope, admin); anyone else gets the
 * 404 of an assessment they cannot see. Decisions are taken while the assessment is submitted;
 * before and after it is the same page read-only, so what a decision rested on stays visible.
 */
function reviewer(event: Parameters<typeof loadAssessment>[0]) {
	const context = loadAssessmentInstrument(event);
	if (!context.access.canReview) error(404, 'Penilaian tidak ditemukan.');
	return context;
}

export const load = ((event) => {
	const { db, access, form, user } = reviewer(event);
	const a = access.assessment;
	const zone = zoneOfRegion(access.regionCode);
	return {
		zone,
		/** Who signs the certificate if this reviewer finalizes: their profile now. */
		signatory: signatoryOf(db, user.id),
		assessment: {
			id: a.id,
			status: a.status,
			pantiName: access.pantiName,
			returnReason: a.returnReason
		},
		...reviewView(db, access, form, todayIn(zone))
	};
}) satisfies PageServerLoad;

const decisionSchema = z.object({
	version: z.coerce.number().int(),
	total: z.coerce.number(),
	grade: z.enum(GRADES),
	confirmation: z.string().max(100).default('')
});

export const actions = {
	kembalikan: async (event) => {
		const { user, db, access, form } = reviewer(event);
		const data = await readForm(event.request);
		if (!(data instanceof FormData)) return data;
		const typed = data.get('reason');
		const kept = {
			action: 'kembalikan' as const,
			reason: typeof typed === 'string' ? typed : '',
			comments: Object.fromEntries(
				Object.entries(commentFields(data.entries())).filter(
					(e): e is [string, string] => typeof e[1] === 'string'
				)
			)
		};
		const reason = returnReasonSchema.safeParse(typed);
		if (!reason.success) return fail(400, { ...kept, message: reason.error.issues[0]!.message });
		const codes = new Set(form.indicators.map((i) => i.code));
		const comments = returnCommentsSchema(codes).safeParse(commentFields(data.entries()));
		if (!comments.success)
			return fail(400, { ...kept, message: comments.error.issues[0]!.message });
		const result = returnForRevision(db, user, access, reason.data, new Date(), comments.data);
		if (!result.ok) return fail(400, { ...kept, message: result.message });
		redirect(303, `/penilaian/${event.params.id}?selesai=kembalikan`);
	},
	finalkan: async (event) => {
		const { user, db, access, form } = reviewer(event);
		const data = await readForm(event.request);
		if (!(data instanceof FormData)) return data;
		const decision = decisionSchema.safeParse(Object.fromEntries(data));
		if (!decision.success)
			return fail(400, {
				action: 'finalkan' as const,
				message: 'Formulir finalisasi tidak lengkap. Muat ulang halaman lalu coba lagi.'
			});
		// Validity counts from the day it is where the panti is.
		const now = new Date();
		const today = todayIn(zoneOfRegion(access.regionCode), now);
		const result = finalize(db, user, access, form, today, now, decision.data);
		if (!result.ok) return fail(400, { action: 'finalkan' as const, message: result.message });
		redirect(303, `/penilaian/${event.params.id}?selesai=finalkan`);
	}
} satisfies Actions;
