import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { withTeam } from '$lib/domain/assessment/team-form';
import { isOpenStatus } from '$lib/server/assessments/access';
import { loadAssessment } from '$lib/server/assessments/load';
import { assignableAssessors } from '$lib/server/assessments/team';
import { changeTeam, teamNotice } from '$lib/server/assessments/team-change';
import { teamOf } from '$lib/server/assessments/view';
import { invalid, parseWith, readForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const schema = withTeam({
	version: z.coerce.number({ error: 'Formulir tidak lengkap.' }).int().positive()
});

// Only the reviewers of the visit (Dinas of its region, admin) change its team; for anyone else
// the page does not exist.
function reviewerOnly<T extends { access: { canReview: boolean } }>(context: T): T {
	if (!context.access.canReview) error(404, 'Penilaian tidak ditemukan.');
	return context;
}

export const load = ((event) => {
	const { db, access } = reviewerOnly(loadAssessment(event));
	const a = access.assessment;
	return {
		assessment: { id: a.id, pantiName: access.pantiName, status: a.status, version: a.version },
		team: teamOf(db, a.id),
		assessors: assignableAssessors(db, a.pantiId, new Date()),
		notice: teamNotice(db, a.id),
		canEdit: isOpenStatus(a.status),
		saved: event.url.searchParams.has('disimpan')
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { user, db, access } = reviewerOnly(loadAssessment(event));
		const data = await readForm(event.request);
		if (!(data instanceof FormData)) return data;
		const parsed = parseWith(
			schema,
			{
				version: data.get('version') || undefined,
				leadId: data.get('leadId') || undefined,
				memberIds: data.getAll('memberIds')
			},
			data
		);
		if (!parsed.ok) return parsed.failure;
		const result = changeTeam(db, user, access, parsed.data, new Date());
		if (result.ok) redirect(303, `/penilaian/${event.params.id}/tim?disimpan=1`);
		if (result.reason === 'invalid') return invalid(data, result.errors);
		if (result.reason === 'stale')
			return fail(409, {
				...invalid(data, {}).data,
				message:
					'Penilaian ini sudah berubah sejak Anda membuka halaman ini. Tim belum diubah: muat ulang halaman, lalu ulangi perubahan.'
			});
		return invalid(data, {}, 'Tim hanya dapat diubah selama penilaian belum diajukan.');
	}
} satisfies Actions;
