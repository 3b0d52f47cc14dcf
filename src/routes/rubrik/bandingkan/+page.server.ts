import { error } from '@sveltejs/kit';
import { diffRubrics } from '$lib/domain/engine';
import { getDb } from '$lib/server/db/connection';
import { idParam, requireUser } from '$lib/server/guard';
import { getRubricVersion } from '$lib/server/rubrics/read';
import type { PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
	requireUser(locals, url);
	const db = getDb();
	const a = getRubricVersion(db, idParam(url.searchParams.get('a')));
	const b = getRubricVersion(db, idParam(url.searchParams.get('b')));
	if (!a || !b) error(404, 'Versi rubrik tidak ditemukan.');
	if (a.rubricId !== b.rubricId)
		error(400, 'Hanya versi dari rubrik yang sama yang dapat dibandingkan.');
	return {
		a: { id: a.id, version: a.version, title: a.title },
		b: { id: b.id, version: b.version, title: b.title, changes: b.content.changes ?? null },
		diff: diffRubrics(a.content, b.content)
	};
}) satisfies PageServerLoad;
