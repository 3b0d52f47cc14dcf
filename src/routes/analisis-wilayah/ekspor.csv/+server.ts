import { error } from '@sveltejs/kit';
import { toCsv } from '$lib/domain/input/csv';
import { regionGapFileName, regionGapRows } from '$lib/domain/region-gap/csv';
import { getDb } from '$lib/server/db/connection';
import { requireRole } from '$lib/server/guard';
import { regionGapPage } from '$lib/server/region-gap/view';
import type { RequestHandler } from './$types';

/** The analysis's indicator table as CSV for Excel (UTF-8 with BOM, `;`), scope-checked like the page. */
export const GET: RequestHandler = ({ locals, url }) => {
	const user = requireRole(locals, url, 'admin', 'dinas');
	const page = regionGapPage(getDb(), user, url.searchParams);
	if (!page) error(404, 'Wilayah tidak ditemukan.');
	return new Response(toCsv(regionGapRows(page.view)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${regionGapFileName(page.view)}"`,
			'cache-control': 'private, no-store'
		}
	});
};
