import { error } from '@sveltejs/kit';
import { parseCompareIds } from '$lib/domain/overview/compare-query';
import { toCsv } from '$lib/domain/input/csv';
import { compareRows } from '$lib/domain/overview/compare-csv';
import { comparePanti } from '$lib/server/compare';
import { getDb } from '$lib/server/db/connection';
import { requireRole } from '$lib/server/guard';
import type { RequestHandler } from './$types';

/** The comparison as CSV for Excel (UTF-8 with BOM, `;`), scope-checked like the page. */
export const GET: RequestHandler = ({ locals, url }) => {
	const user = requireRole(locals, url, 'admin', 'dinas');
	const ids = parseCompareIds(url.searchParams.getAll('id'));
	if (ids.length < 2) error(400, 'Pilih paling sedikit dua panti untuk dibandingkan.');
	const compared = comparePanti(getDb(), user, ids);
	if (!compared) error(404, 'Panti tidak ditemukan.');
	return new Response(toCsv(compareRows(compared)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="perbandingan-panti.csv"',
			'cache-control': 'private, no-store'
		}
	});
};
