import { fail, redirect } from '@sveltejs/kit';
import { kindsForRole } from '$lib/domain/notifications/kinds-by-role';
import { NOTICE_KIND_LABELS } from '$lib/domain/notifications/kinds';
import { mailPreferencesSchema } from '$lib/domain/notifications/mail-preferences';
import { ownProfileSchema } from '$lib/domain/users/form';
import { getDb } from '$lib/server/db/connection';
import { parseWith, readForm, textField, textFields, textFieldsOf } from '$lib/server/forms';
import { requireUser } from '$lib/server/guard';
import { mailConfig } from '$lib/server/mail/config';
import { mailPreferences, updateMailPreferences } from '$lib/server/users/mail-preferences';
import { ownProfile, updateOwnProfile } from '$lib/server/users/profile';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
	const user = requireUser(locals, url);
	return {
		account: { name: user.name, username: user.username, role: user.role },
		/** NIP and jabatan: printed in the signatory block of the certificates this user finalizes. */
		profile: ownProfile(getDb(), user.id),
		mail: {
			...mailPreferences(getDb(), user.id),
			/** The kinds this role can receive, the only ones offered by email. */
			offered: kindsForRole(user.role).map((kind) => ({ kind, label: NOTICE_KIND_LABELS[kind] })),
			/** False when this server has no SMTP settings: choices are kept, nothing is sent yet. */
			enabled: mailConfig() !== null
		},
		/** Back from the change form (`?sandi=diganti`). */
		passwordChanged: url.searchParams.get('sandi') === 'diganti',
		profileSaved: url.searchParams.has('profil'),
		mailSaved: url.searchParams.has('email')
	};
}) satisfies PageServerLoad;

export const actions = {
	profil: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const data = await readForm(request);
		if (!(data instanceof FormData)) return data;
		const parsed = parseWith(ownProfileSchema, textFieldsOf(data, ['nip', 'position']), data);
		if (!parsed.ok) return parsed.failure;
		updateOwnProfile(getDb(), user.id, parsed.data, new Date());
		redirect(303, '/akun?profil=disimpan');
	},
	email: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const data = await readForm(request);
		if (!(data instanceof FormData)) return fail(400, { ...data.data, action: 'email' as const });
		const input = { email: textField(data, 'email'), kinds: textFields(data, 'kinds') };
		const parsed = parseWith(mailPreferencesSchema(user.role), input, data);
		// Marked, so the page shows the errors on this form and not on the profile's.
		if (!parsed.ok) return fail(400, { ...parsed.failure.data, action: 'email' as const });
		updateMailPreferences(getDb(), user.id, parsed.data, new Date());
		redirect(303, '/akun?email=disimpan');
	}
} satisfies Actions;
