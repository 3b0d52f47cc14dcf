/**
 * The registry as a CSV file for Excel: the `/panti` filters, the actor's scope, no paging.
 * UTF-8 with BOM and `;` between fields, because Indonesian Excel uses the comma as its decimal
 * separator and would split a comma-separated file wrongly.
 */
import { error } from '@sveltejs/kit';
import { and, asc, eq, like, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import type { Actor } from '$lib/domain/access';
import {
	ACCREDITATION_LABELS,
	ACCREDITATION_STATUSES,
	accreditationStatus
} from '$lib/domain/accreditation';
import { toCsv } from '$lib/domain/csv';
import {
	OWNERSHIPS,
	OWNERSHIP_LABELS,
	PANTI_TYPES,
	PANTI_TYPE_LABELS,
	type Ownership,
	type PantiType
} from '$lib/domain/panti-types';
import type { Db } from '../db';
import { panti, regions } from '../db/schema';
import { withScope } from '../scope';
import type { PantiFilters } from './list';

export const MAX_EXPORT_ROWS = 20_000;

/**
 * The `/panti` query string, read as that page reads it (unknown values dropped, not rejected).
 * Kept field for field with the page's schema; `page` is meaningless for a file.
 */
const filterSchema = z.object({
	q: z.string().trim().max(100).optional().catch(undefined),
	province: z
		.string()
		.regex(/^\d{2}$/)
		.optional()
		.catch(undefined),
	regionCode: z
		.string()
		.regex(/^\d{2}\.\d{2}$/)
		.optional()
		.catch(undefined),
	type: z.enum(PANTI_TYPES).optional().catch(undefined),
	ownership: z.enum(OWNERSHIPS).optional().catch(undefined),
	status: z.enum(ACCREDITATION_STATUSES).optional().catch(undefined)
});

export function parseExportFilters(params: URLSearchParams): PantiFilters {
	const raw = Object.fromEntries([...params].filter(([, v]) => v !== ''));
	return filterSchema.parse(raw) satisfies PantiFilters;
}

/** Latest finalized, unrevoked visit assessment, as the registry list computes it. */
const latest = (column: 'grade' | 'valid_until') =>
	sql.raw(`(select a.${column} from assessments a where a.panti_id = panti.id and a.kind = 'visit'
		and a.status = 'finalized' and a.revoked_at is null order by a.finalized_at desc limit 1)`);

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);

function conditions(filters: PantiFilters): SQL | undefined {
	const out: SQL[] = [];
	if (filters.q) {
		const pattern = `%${escapeLike(filters.q)}%`;
		out.push(
			or(
				sql`${panti.name} like ${pattern} escape '\\'`,
				sql`${panti.address} like ${pattern} escape '\\'`
			) as SQL
		);
	}
	if (filters.regionCode) out.push(eq(panti.regionCode, filters.regionCode));
	else if (filters.province) out.push(like(panti.regionCode, `${filters.province}.%`));
	if (filters.type) out.push(eq(panti.type, filters.type));
	if (filters.ownership) out.push(eq(panti.ownership, filters.ownership));
	return out.length ? and(...out) : undefined;
}

const province = alias(regions, 'province');

export type ExportRow = ReturnType<typeof selectRows>[number];

export type ExportResult =
	{ ok: true; rows: ExportRow[] } | { ok: false; reason: 'too_many'; total: number };

function selectRows(db: Db, actor: Actor, filters: PantiFilters, today: string) {
	return db
		.select({
			id: panti.id,
			name: panti.name,
			type: panti.type,
			ownership: panti.ownership,
			address: panti.address,
			regionCode: panti.regionCode,
			regionName: regions.name,
			provinceName: province.name,
			capacity: panti.capacity,
			currentClients: panti.currentClients,
			grade: sql<string | null>`${latest('grade')}`,
			validUntil: sql<string | null>`${latest('valid_until')}`
		})
		.from(panti)
		.innerJoin(regions, eq(regions.code, panti.regionCode))
		.leftJoin(province, eq(province.code, regions.parentCode))
		.where(withScope(actor, conditions(filters)))
		.orderBy(asc(panti.name), asc(panti.id))
		.all()
		.map((row) => ({ ...row, status: accreditationStatus(row, today) }))
		.filter((row) => !filters.status || row.status === filters.status);
}

/**
 * Every panti matching the filters within the actor's scope, in the list's order; refused above
 * `MAX_EXPORT_ROWS` rather than silently cut. The accreditation status is derived by the same
 * domain function the list uses for display.
 */
export function exportPanti(
	db: Db,
	actor: Actor,
	filters: PantiFilters,
	today: string
): ExportResult {
	const rows = selectRows(db, actor, filters, today);
	if (rows.length > MAX_EXPORT_ROWS) return { ok: false, reason: 'too_many', total: rows.length };
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
			PANTI_TYPE_LABELS[r.type as PantiType] ?? r.type,
			OWNERSHIP_LABELS[r.ownership as Ownership] ?? r.ownership,
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
	const result = exportPanti(db, actor, parseExportFilters(params), today);
	if (!result.ok)
		error(
			400,
			`Hasil ekspor ${result.total.toLocaleString('id-ID')} panti, melebihi batas ${MAX_EXPORT_ROWS.toLocaleString('id-ID')}. Persempit filter (mis. pilih provinsi) lalu coba lagi.`
		);
	return new Response(exportCsv(result.rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="panti-${today}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
}
