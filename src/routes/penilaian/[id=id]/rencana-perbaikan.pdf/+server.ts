import { error } from '@sveltejs/kit';
import { buildPlan } from '$lib/domain/reports/plan';
import { todayIn } from '$lib/server/clock';
import { zoneOfRegion } from '$lib/domain/time-zone';
import { getDb } from '$lib/server/db/connection';
import { planData } from '$lib/server/reports/data';
import { renderPdf } from '$lib/server/reports/pdf';
import { fileSlug, pdfAccess, pdfResponse } from '$lib/server/reports/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const db = getDb();
	const access = pdfAccess(db, locals, url, params.id);
	const now = new Date();
	const data = planData(db, access, todayIn(zoneOfRegion(access.regionCode), now), now);
	if (!data)
		error(
			404,
			'Rencana perbaikan dibuat saat penilaian difinalkan; penilaian ini belum memilikinya.'
		);
	const bytes = await renderPdf(buildPlan(data));
	return pdfResponse(
		bytes,
		`rencana-perbaikan-${fileSlug(access.pantiName)}-${access.assessment.id}.pdf`
	);
};
