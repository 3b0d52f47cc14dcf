/**
 * The registry as a CSV file for Excel: the `/panti` filters, the actor's scope, no paging.
 * UTF-8 with BOM and `;` between fields, because Indonesian Excel uses the comma as its decimal
 * separator and would split a comma-separated file wrongly.
 */
import { formatNumber } from '$lib/domain/format';
import { error } from '@sveltejs/kit';
import type { Actor } from '$lib/domain/access';
import { ACCREDITATION_LABELS } from '$lib/domain/assessment/accreditation';
import { toCsv } from '$lib/domain/input/csv';
import { OWNERSHIP_LABELS, PANTI_TYPE_LABELS } from '$lib/domain/panti/types';
import type { Db } from '../db';
import { allPanti, listPanti, parseRegistryFilters, type PantiFilters } from './list';

export const MAX_EXPORT_ROWS = 20_000;

export type ExportRow = ReturnType<typeof allPanti>[number];

export type ExportResult =
	{ ok: true; rows: ExportRow[] } | { ok: false; reason: 'too_many'; total: number };

/**
 * Every panti matching the filters within the actor's scope, in the list's order (the registry's
 * own query); refused above `MAX_EXPORT_ROWS` rather than silently cut.
 */
export function exportPanti(
	db: Db,
	actor: Actor,
	filters: PantiFilters,
	today: string
): ExportResult {
	const rows = allPanti(db, actor, filters, today, MAX_EXPORT_ROWS);
	if (rows.length > MAX_EXPORT_ROWS)
		return { ok: false, reason: 'too_many', total: listPanti(db, actor, filters, today).total };
	return { ok: true, rows };
}

export const EXPORT_HEADERS = [
	'Nama panti',
	'Jenis',
	'Kepemilikan',
	'Alamat',
	'Kabupaten/kota',
	'Kode wilayah',
	'Provinsi',
	'Kapasitas',
	'Jumlah klien',
	'Status akreditasi',
	'Peringkat',
	'Berlaku sampai'
];

/** The file: header row and one row per panti, for Excel (BOM, `;`, CRLF). */
export function exportCsv(rows: readonly ExportRow[]): string {
	return toCsv([
		EXPORT_HEADERS,
		...rows.map((r) => [
			r.name,
			PANTI_TYPE_LABELS[r.type] ?? r.type,
			OWNERSHIP_LABELS[r.ownership] ?? r.ownership,
			r.address,
			r.regionName,
			r.regionCode,
			r.provinceName ?? '',
			String(r.capacity),
			String(r.currentClients),
			ACCREDITATION_LABELS[r.status],
			r.status === 'belum' ? '' : (r.grade ?? ''),
			r.status === 'belum' ? '' : (r.validUntil ?? '')
		])
	]);
}

/**
 * The download for `/panti/ekspor.csv?…`: same query string as `/panti`, scope always applied
 * (a filter for a region outside it simply finds nothing). 400 beyond `MAX_EXPORT_ROWS`.
 */
export function exportResponse(
	db: Db,
	actor: Actor,
	params: URLSearchParams,
	today: string
): Response {
	const result = exportPanti(db, actor, parseRegistryFilters(params), today);
	if (!result.ok)
		error(
			400,
			`Hasil ekspor ${formatNumber(result.total)} panti, melebihi batas ${formatNumber(MAX_EXPORT_ROWS)}. Persempit filter (mis. pilih provinsi) lalu coba lagi.`
		);
	return new Response(exportCsv(result.rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="panti-${today}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
}
