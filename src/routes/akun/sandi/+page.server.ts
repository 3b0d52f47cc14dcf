import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { homePath } from '$lib/domain/access';
import { fieldErrors } from '$lib/domain/input/form-fields';
import { formatWait } from '$lib/domain/auth/login-delay';
import { MIN_PASSWORD } from '$lib/domain/auth/password-policy';
import { changeOwnPassword } from '$lib/server/auth/change-password';
import { BUSY_MESSAGE } from '$lib/server/auth/hashing';
import { getDb } from '$lib/server/db/connection';
import { readForm, textFieldsOf } from '$lib/server/forms';
import { requireUser } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
	const user = requireUser(locals, url);
	return {
		/** Someone else chose the current password: the app waits until it is replaced. */
		forced: user.mustChangePassword,
		username: user.username,
		minLength: MIN_PASSWORD
	};
}) satisfies PageServerLoad;

const form = z
	.object({
		currentPassword: z
			.string({ error: 'Isi kata sandi sekarang.' })
			.min(1, { error: 'Isi kata sandi sekarang.' })
			.max(200, { error: 'Kata sandi sekarang tidak seperti itu.' }),
		newPassword: z
			.string({ error: 'Isi kata sandi baru.' })
			.min(1, { error: 'Isi kata sandi baru.' }),
		confirmPassword: z.string({ error: 'Ulangi kata sandi baru.' })
	})
	.refine((v) => v.newPassword === v.confirmPassword, {
		path: ['confirmPassword'],
		error: 'Ulangan kata sandi baru tidak sama.'
	});

type Errors = Record<string, string[]>;
/** For refusals that concern no field in particular (every branch keeps one shape). */
const NO_ERRORS: Errors = {};

export const actions = {
	default: async ({ locals, url, request, getClientAddress }) => {
		const user = requireUser(locals, url);
		const data = await readForm(request);
		if (!(data instanceof FormData)) return data;
		const parsed = form.safeParse(
			textFieldsOf(data, ['currentPassword', 'newPassword', 'confirmPassword'])
		);
		if (!parsed.success)
			return fail(400, {
				errors: fieldErrors(parsed.error),
				message: 'Periksa kembali isian yang ditandai.'
			});
		const result = await changeOwnPassword(
			getDb(),
			user.id,
			locals.sessionToken ?? '',
			{ current: parsed.data.currentPassword, next: parsed.data.newPassword },
			getClientAddress(),
			new Date()
		);
		if (!result.ok) {
			if (result.reason === 'throttled')
				return fail(429, {
					errors: NO_ERRORS,
					message: `Terlalu banyak percobaan yang gagal. Coba lagi dalam ${formatWait(result.retryAfterMs)}.`
				});
			if (result.reason === 'busy') return fail(503, { errors: NO_ERRORS, message: BUSY_MESSAGE });
			return fail(400, { errors: result.errors, message: 'Periksa kembali isian yang ditandai.' });
		}
		// A forced change leads on to the user's home; a chosen one back to the account page.
		redirect(303, user.mustChangePassword ? homePath(user) : '/akun?sandi=diganti');
	}
} satisfies Actions;
