import { getDb } from '$lib/server/db/connection';
import { unreadCount } from '$lib/server/notifications/inbox';
import { userZone } from '$lib/server/zone';
import type { LayoutServerLoad } from './$types';

export const load = (({ locals, url }) => {
	const user = locals.user;
	// Read so that the count is taken again on every navigation: a notice may have arrived.
	void url.pathname;
	return {
		/** Only what the shell renders: name and role for the header, ids for navigation. */
		user: user
			? { name: user.name, role: user.role, pantiId: user.pantiId, regionCode: user.regionCode }
			: null,
		/** Times are shown in this zone unless a page about one panti says its own. */
		zone: user ? userZone(getDb(), user) : ('WIB' as const),
		/** Unread notices, for the inbox link in the header. */
		unread: user ? unreadCount(getDb(), user.id) : 0
	};
}) satisfies LayoutServerLoad;
