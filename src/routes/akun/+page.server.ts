import { redirect } from '@sveltejs/kit';
import { ownProfileSchema } from '$lib/domain/users/form';
import { getDb } from '$lib/server/db/connection';
import { parseWith, readForm, textFieldsOf } from '$lib/server/forms';
import { requireUser } from '$lib/server/guard';
import { ownProfile, updateOwnProfile } from '$lib/server/users/profile';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
	const user = requireUser(locals, url);
	return {
		account: { name: user.name, username: user.username, role: user.role },
		/** NIP and jabatan: printed in the signatory block of the certificates this user finalizes. */
		profile: ownProfile(getDb(), user.id),
		/** Back from the change form (`?sandi=diganti`). */
		passwordChanged: url.searchParams.get('sandi') === 'diganti',
		profileSaved: url.searchParams.has('profil')
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
	}
} satisfies Actions;
