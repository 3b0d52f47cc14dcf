import { error } from '@sveltejs/kit';
import { buildReport } from '$lib/domain/reports/report';
import { getDb } from '$lib/server/db/connection';
import { reportData } from '$lib/server/reports/data';
import { renderPdf } from '$lib/server/reports/pdf';
import { fileSlug, pdfAccess, pdfResponse } from '$lib/server/reports/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const db = getDb();
	const access = pdfAccess(db, locals, url, params.id);
	if (access.assessment.status !== 'finalized')
		error(409, 'Laporan tersedia setelah penilaian difinalkan.');
	const data = reportData(db, access, new Date());
	if (!data) error(409, 'Penilaian ini belum memiliki hasil yang lengkap.');
	const bytes = await renderPdf(buildReport(data.meta, data.results));
	return pdfResponse(bytes, `laporan-${fileSlug(access.pantiName)}-${access.assessment.id}.pdf`);
};
