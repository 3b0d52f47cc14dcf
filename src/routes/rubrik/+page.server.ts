import { getDb } from '$lib/server/db/connection';
import { requireUser } from '$lib/server/guard';
import { listInstrumentVersions, listRubricVersions } from '$lib/server/rubrics/read';
import type { PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
	requireUser(locals, url);
	const db = getDb();
	return { instruments: listInstrumentVersions(db), rubrics: listRubricVersions(db) };
}) satisfies PageServerLoad;
