import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { requireUser } from '$lib/server/guard';
import { getRubricVersion } from '$lib/server/rubrics/read';
import type { PageServerLoad } from './$types';

export const load = (({ locals, url, params }) => {
	requireUser(locals, url);
	const rubric = getRubricVersion(getDb(), Number(params.id));
	if (!rubric) error(404, 'Rubrik tidak ditemukan.');
	return {
		rubric: {
			id: rubric.id,
			contentHash: rubric.contentHash,
			sourceFile: rubric.sourceFile,
			publishedAt: rubric.publishedAt,
			content: rubric.content
		}
	};
}) satisfies PageServerLoad;
