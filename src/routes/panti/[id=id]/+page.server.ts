import { error, fail, redirect } from '@sveltejs/kit';
import { todayWib } from '$lib/server/clock';
import { getDb } from '$lib/server/db/connection';
import { requireUser } from '$lib/server/guard';
import { getPanti } from '$lib/server/panti/detail';
import { canManagePantiIn } from '$lib/domain/access';
import { createAssessment } from '$lib/server/assessments/create';
import { listAssessments } from '$lib/server/assessments/list';
import { currentInstrumentVersions } from '$lib/server/rubrics/read';
import { availableDocuments } from '$lib/server/reports/data';
import type { Actions, PageServerLoad } from './$types';
import { zoneOfRegion } from '$lib/domain/time-zone';

export const load = (({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const panti = getPanti(getDb(), user, Number(params.id));
	// Outside the user's scope looks exactly like a panti that does not exist.
	if (!panti) error(404, 'Panti tidak ditemukan.');
	return {
		panti,
		zone: zoneOfRegion(panti.regionCode),
		today: todayWib(),
		canEdit: canManagePantiIn(user, panti.regionCode),
		canSchedule: canManagePantiIn(user, panti.regionCode),
		canSelfAssess: user.role === 'panti' && user.pantiId === panti.id,
		assessments: listAssessments(getDb(), user, { pantiId: panti.id }).map((a) => ({
			...a,
			documents: availableDocuments(getDb(), a)
		})),
		saved: url.searchParams.has('disimpan')
	};
}) satisfies PageServerLoad;

export const actions = {
	/** A panti head starts a self-assessment (penilaian mandiri) of their own panti. */
	mandiri: ({ locals, url, params }) => {
		const user = requireUser(locals, url);
		const db = getDb();
		const latest = currentInstrumentVersions(db)[0];
		if (!latest) return fail(400, { message: 'Belum ada instrumen terbit.' });
		const result = createAssessment(
			db,
			user,
			{
				pantiId: Number(params.id),
				kind: 'self',
				instrumentVersionId: latest.id,
				plannedDate: null,
				leadId: user.id,
				memberIds: []
			},
			new Date()
		);
		if (!result.ok) error(404, 'Panti tidak ditemukan.');
		redirect(303, `/penilaian/${result.id}/nilai`);
	}
} satisfies Actions;
