import { fail, redirect } from '@sveltejs/kit';
import { userCreateSchema } from '$lib/domain/users/form';
import { getDb } from '$lib/server/db/connection';
import { formValues, invalid, parseWith, readForm } from '$lib/server/forms';
import { BUSY_MESSAGE } from '$lib/server/auth/hashing';
import { requireRole } from '$lib/server/guard';
import { createUser } from '$lib/server/users/manage';
import { userFormInput, userFormOptions } from '$lib/server/users/form-data';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
	requireRole(locals, url, 'admin');
	return userFormOptions(getDb());
}) satisfies PageServerLoad;

export const actions = {
	simpan: async ({ locals, url, request }) => {
		const admin = requireRole(locals, url, 'admin');
		const data = await readForm(request);
		if (!(data instanceof FormData)) return data;
		const parsed = parseWith(userCreateSchema, userFormInput(data), data);
		if (!parsed.ok) return parsed.failure;
		const result = await createUser(getDb(), admin.id, parsed.data);
		if (!result.ok && result.reason === 'busy')
			return fail(503, { values: formValues(data), errors: {}, message: BUSY_MESSAGE });
		if (!result.ok) return invalid(data, result.reason === 'invalid' ? result.errors : {});
		redirect(303, `/admin/pengguna/${result.id}?dibuat=1`);
	}
} satisfies Actions;
