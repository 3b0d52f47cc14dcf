import { fail, redirect } from '@sveltejs/kit';
import { parseId } from '$lib/domain/id';
import { getDb } from '$lib/server/db/connection';
import { formValues, invalid, readForm, textField } from '$lib/server/forms';
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
		// A same-named panti in the kab/kota needs an explicit "Tetap daftarkan" naming that panti.
		const result = createPanti(getDb(), user, parsed.data, new Date(), {
			duplicates: { confirmedId: parseId(textField(data, 'confirmDuplicate')) }
		});
		if (!result.ok && result.reason === 'duplicate')
			return fail(409, {
				values: formValues(data),
				errors: {},
				message: null,
				duplicate: result.existing
			});
		if (!result.ok) return invalid(data, result.reason === 'invalid' ? result.errors : {});
		redirect(303, `/panti/${result.id}?disimpan=1`);
	}
} satisfies Actions;
