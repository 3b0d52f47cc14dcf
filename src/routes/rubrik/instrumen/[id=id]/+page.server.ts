import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db/connection';
import { requireUser } from '$lib/server/guard';
import { getInstrumentVersion, getRubricVersion } from '$lib/server/rubrics/read';
import type { PageServerLoad } from './$types';

export const load = (({ locals, url, params }) => {
	requireUser(locals, url);
	const db = getDb();
	const ins = getInstrumentVersion(db, Number(params.id));
	if (!ins) error(404, 'Instrumen tidak ditemukan.');
	const parts = ins.parts.map((p) => {
		const r = getRubricVersion(db, p.rubricVersionId)!;
		const indicators = r.content.aspects.reduce((n, a) => n + a.indicators.length, 0);
		return {
			part: p.part,
			rubricVersionId: r.id,
			title: r.content.title,
			version: r.version,
			hash: r.contentHash,
			indicators
		};
	});
	return {
		instrument: {
			id: ins.id,
			contentHash: ins.contentHash,
			sourceFile: ins.sourceFile,
			content: ins.content
		},
		parts
	};
}) satisfies PageServerLoad;
