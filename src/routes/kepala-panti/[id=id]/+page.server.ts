import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { passwordProblem } from '$lib/domain/auth/password-policy';
import { BUSY_MESSAGE } from '$lib/server/auth/hashing';
import { getDb } from '$lib/server/db/connection';
import { invalid, parseWith, readForm, textFieldsOf } from '$lib/server/forms';
import { requireRole } from '$lib/server/guard';
import { kepalaAccount, resetKepala } from '$lib/server/users/kepala';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = 'Akun tidak ditemukan.';

export const load = (({ locals, url, params }) => {
	const user = requireRole(locals, url, 'admin', 'dinas');
	// Any account that is not a kepala of the scope's panti looks like a missing one.
	const account = kepalaAccount(getDb(), user, Number(params.id));
	if (!account) error(404, NOT_FOUND);
	return { account, reset: url.searchParams.has('diatur') };
}) satisfies PageServerLoad;

const resetSchema = z.object({
	password: z.string({ error: 'Kata sandi wajib diisi.' }).superRefine((v, ctx) => {
		const problem = passwordProblem(v);
		if (problem) ctx.addIssue({ code: 'custom', message: problem });
	}),
	version: z.string().regex(/^\d+$/).transform(Number)
});

export const actions = {
	reset: async ({ locals, url, params, request }) => {
		const user = requireRole(locals, url, 'admin', 'dinas');
		const id = Number(params.id);
		if (!kepalaAccount(getDb(), user, id)) error(404, NOT_FOUND);
		const data = await readForm(request);
		if (!(data instanceof FormData)) return data;
		const parsed = parseWith(resetSchema, textFieldsOf(data, ['password', 'version']), data);
		if (!parsed.ok) return parsed.failure;
		const result = await resetKepala(getDb(), user, id, parsed.data.password, parsed.data.version);
		if (result.ok) redirect(303, `/kepala-panti/${id}?diatur=1`);
		if (result.reason === 'not_found') error(404, NOT_FOUND);
		if (result.reason === 'busy')
			return fail(503, { values: {}, errors: {}, message: BUSY_MESSAGE });
		if (result.reason === 'stale')
			return fail(409, {
				values: {},
				errors: {},
				message: 'Akun ini baru saja diubah orang lain. Muat ulang halaman lalu ulangi.'
			});
		return invalid(data, result.errors);
	}
} satisfies Actions;
