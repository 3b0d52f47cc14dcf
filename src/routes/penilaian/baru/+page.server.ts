import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { canManagePantiIn } from '$lib/domain/access';
import { withTeam } from '$lib/domain/assessment/team-form';
import { optionalDate } from '$lib/domain/input/form-fields';
import { createAssessment } from '$lib/server/assessments/create';
import { assessmentOptions } from '$lib/server/assessments/options';
import { getDb } from '$lib/server/db/connection';
import { invalid, parseWith, readForm } from '$lib/server/forms';
import { idParam, requireRole } from '$lib/server/guard';
import { getPanti } from '$lib/server/panti/detail';
import type { Actions, PageServerLoad } from './$types';

const schema = withTeam({
	instrumentVersionId: z.coerce
		.number({ error: 'Pilih versi instrumen.' })
		.int()
		.positive({ error: 'Pilih versi instrumen.' }),
	plannedDate: optionalDate('Tanggal rencana')
});

function target(locals: App.Locals, url: URL) {
	const user = requireRole(locals, url, 'admin', 'dinas');
	const panti = getPanti(getDb(), user, idParam(url.searchParams.get('panti')));
	if (!panti || !canManagePantiIn(user, panti.regionCode)) error(404, 'Panti tidak ditemukan.');
	return { user, panti };
}

export const load = (({ locals, url }) => {
	const { panti } = target(locals, url);
	return {
		panti: { id: panti.id, name: panti.name },
		...assessmentOptions(getDb(), panti.id, new Date())
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, url, request }) => {
		const { user, panti } = target(locals, url);
		const data = await readForm(request);
		if (!(data instanceof FormData)) return data;
		const parsed = parseWith(
			schema,
			{
				instrumentVersionId: data.get('instrumentVersionId') || undefined,
				plannedDate: data.get('plannedDate') ?? undefined,
				leadId: data.get('leadId') || undefined,
				memberIds: data.getAll('memberIds')
			},
			data
		);
		if (!parsed.ok) return parsed.failure;
		const result = createAssessment(
			getDb(),
			user,
			{ pantiId: panti.id, kind: 'visit', ...parsed.data },
			new Date()
		);
		if (result.ok) redirect(303, `/penilaian/${result.id}?dibuat=1`);
		if (result.reason === 'not_found') error(404, 'Panti tidak ditemukan.');
		return invalid(data, result.errors);
	}
} satisfies Actions;
