import { getDb } from '$lib/server/db/connection';
import { userZone } from '$lib/server/zone';
import type { LayoutServerLoad } from './$types';

export const load = (({ locals }) => {
	const user = locals.user;
	return {
		/** Only what the shell renders: name and role for the header, ids for navigation. */
		user: user
			? { name: user.name, role: user.role, pantiId: user.pantiId, regionCode: user.regionCode }
			: null,
		/** Times are shown in this zone unless a page about one panti says its own. */
		zone: user ? userZone(getDb(), user) : ('WIB' as const)
	};
}) satisfies LayoutServerLoad;
