import { fail, redirect } from '@sveltejs/kit';
import { parseId } from '$lib/domain/id';
import { userCreateSchema } from '$lib/domain/users/form';
import { BUSY_MESSAGE } from '$lib/server/auth/hashing';
import { getDb } from '$lib/server/db/connection';
import { formValues, invalid, parseWith, readForm, textFieldsOf } from '$lib/server/forms';
import { requireRole } from '$lib/server/guard';
import {
	ACCOUNT_LIMIT,
	createKepala,
	kepalaAccount,
	kepalaAccounts,
	scopedPanti,
	searchPanti
} from '$lib/server/users/kepala';
import type { Actions, PageServerLoad } from './$types';

const text = (url: URL, name: string) => (url.searchParams.get(name) ?? '').trim().slice(0, 100);

export const load = (({ locals, url }) => {
	const user = requireRole(locals, url, 'admin', 'dinas');
	const db = getDb();
	const akun = text(url, 'akun');
	const q = text(url, 'panti');
	const chosenId = parseId(url.searchParams.get('pilih'));
	const chosen = chosenId === null ? null : scopedPanti(db, user, chosenId);
	const createdId = parseId(url.searchParams.get('dibuat'));
	const accounts = kepalaAccounts(db, user, akun);
	return {
		akun,
		q,
		chosen,
		/** Panti matching the picker's search (at most 20), the chosen one left out. */
		found: q ? searchPanti(db, user, q).filter((p) => p.id !== chosen?.id) : [],
		accounts,
		limited: accounts.length === ACCOUNT_LIMIT,
		created: createdId === null ? null : kepalaAccount(db, user, createdId)
	};
}) satisfies PageServerLoad;

const FIELDS = ['name', 'username', 'password', 'pantiId'] as const;

export const actions = {
	buat: async ({ locals, url, request }) => {
		const user = requireRole(locals, url, 'admin', 'dinas');
		const data = await readForm(request);
		if (!(data instanceof FormData)) return data;
		// The role is not the form's to choose: always a kepala panti.
		const input = { ...textFieldsOf(data, FIELDS), role: 'panti' };
		const parsed = parseWith(userCreateSchema, input, data);
		if (!parsed.ok) return parsed.failure;
		const result = await createKepala(getDb(), user, parsed.data);
		if (!result.ok && result.reason === 'busy')
			return fail(503, { values: formValues(data), errors: {}, message: BUSY_MESSAGE });
		if (!result.ok) return invalid(data, result.reason === 'invalid' ? result.errors : {});
		redirect(303, `/kepala-panti?dibuat=${result.id}`);
	}
} satisfies Actions;
