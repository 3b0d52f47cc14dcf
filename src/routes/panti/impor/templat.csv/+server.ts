import { importTemplateCsv } from '$lib/domain/panti/import';
import { requireRole } from '$lib/server/guard';
import type { RequestHandler } from './$types';

/** The import template: the header row, `;`-separated with a BOM for Excel. */
export const GET: RequestHandler = ({ locals, url }) => {
	requireRole(locals, url, 'admin', 'dinas');
	return new Response(importTemplateCsv(), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="templat-impor-panti.csv"',
			'cache-control': 'private, no-store'
		}
	});
};
