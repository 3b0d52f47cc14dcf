import { requireUser } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
	const user = requireUser(locals, url);
	return {
		account: { name: user.name, username: user.username, role: user.role },
		/** Back from the change form (`?sandi=diganti`). */
		passwordChanged: url.searchParams.get('sandi') === 'diganti'
	};
}) satisfies PageServerLoad;
