import { redirect } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { invalid, readForm } from '$lib/server/forms';
import { requireRole } from '$lib/server/guard';
import { parsePantiForm } from '$lib/server/panti/form';
import { createPanti } from '$lib/server/panti/save';
import { regionOptions } from '$lib/server/regions';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
	const user = requireRole(locals, url, 'admin', 'dinas');
	return { regions: regionOptions(getDb(), user) };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, url, request }) => {
		const user = requireRole(locals, url, 'admin', 'dinas');
		const data = await readForm(request);
		if (!(data instanceof FormData)) return data;
		const parsed = parsePantiForm(data);
		if (!parsed.ok) return parsed.failure;
		const result = createPanti(getDb(), user, parsed.data, new Date());
		if (!result.ok) return invalid(data, result.reason === 'invalid' ? result.errors : {});
		redirect(303, `/panti/${result.id}?disimpan=1`);
	}
} satisfies Actions;
