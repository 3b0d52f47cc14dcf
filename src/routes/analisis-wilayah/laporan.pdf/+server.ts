import { error } from '@sveltejs/kit';
import { regionGapFileName } from '$lib/domain/region-gap/csv';
import { getDb } from '$lib/server/db/connection';
import { requireRole } from '$lib/server/guard';
import { regionGapPage } from '$lib/server/region-gap/view';
import { regionGapPdf } from '$lib/server/reports/region-gap';
import { pdfResponse } from '$lib/server/reports/respond';
import type { RequestHandler } from './$types';

/**
 * The analysis as the PDF "Analisis Kesenjangan Wilayah", for a Dinas to take to Bappeda and DPRD:
 * the same view as the page and the CSV, scope-checked the same way.
 */
export const GET: RequestHandler = async ({ locals, url }) => {
	const user = requireRole(locals, url, 'admin', 'dinas');
	const page = regionGapPage(getDb(), user, url.searchParams);
	if (!page) error(404, 'Wilayah tidak ditemukan.');
	const bytes = await regionGapPdf(page.view, { generatedAt: new Date(), by: user.name });
	return pdfResponse(bytes, regionGapFileName(page.view, 'pdf'));
};
