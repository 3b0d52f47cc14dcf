import { todayWib } from '$lib/server/clock';
import { getDb } from '$lib/server/db/connection';
import { requireRole } from '$lib/server/guard';
import { exportResponse } from '$lib/server/panti/export';
import type { RequestHandler } from './$types';

/** The registry with the `/panti` filters as CSV for Excel, limited to the user's scope. */
export const GET: RequestHandler = ({ locals, url }) => {
	const user = requireRole(locals, url, 'admin', 'dinas', 'asesor');
	return exportResponse(getDb(), user, url.searchParams, todayWib());
};
