import type { LayoutServerLoad } from './$types';

export const load = (({ locals }) => {
	const user = locals.user;
	return {
		/** Only what the shell renders: name and role for the header, ids for navigation. */
		user: user
			? { name: user.name, role: user.role, pantiId: user.pantiId, regionCode: user.regionCode }
			: null
	};
}) satisfies LayoutServerLoad;
