/**
 * The regional gap analysis as its page, PDF and CSV ask for it: the URL's filters read with zod,
 * checked against the actor's scope, defaults chosen from the data, and the shared view.
 */
import { z } from 'zod';
import type { Actor } from '$lib/domain/access';
import { PANTI_TYPES, PANTI_TYPE_LABELS, PANTI_TYPE_SHORT } from '$lib/domain/panti/types';
import {
	countIn,
	inRegion,
	resolveFilters,
	type AccreditedCount,
	type Choice
} from '$lib/domain/region-gap/filters';
import type { RegionGapView } from '$lib/domain/region-gap/view';
import { zoneOfRegion } from '$lib/domain/time-zone';
import type { Queryable } from '../db';
import { regionOptions } from '../regions';
import { instrumentFor, listInstrumentVersions } from '../rubrics/read';
import { latestAccreditations, rollUpSheets, type LatestAccreditation } from './load';

/** Unknown or malformed values are dropped, as the registry's: a stale link still shows a page. */
const querySchema = z.object({
	wilayah: z
		.string()
		.regex(/^\d{2}(\.\d{2})?$/)
		.optional()
		.catch(undefined),
	jenis: z.enum(PANTI_TYPES).optional().catch(undefined),
	instrumen: z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined)
});

export type RegionGapQuery = z.infer<typeof querySchema>;

export function parseRegionGapQuery(params: URLSearchParams): RegionGapQuery {
	return querySchema.parse(Object.fromEntries([...params].filter(([, v]) => v.trim() !== '')));
}

export interface RegionChoice extends Choice<string> {
	readonly level: 'national' | 'province' | 'regency';
}

export interface RegionGapPage {
	readonly view: RegionGapView;
	/** The filters' choices, each with the panti it holds. */
	readonly options: {
		readonly regions: readonly RegionChoice[];
		readonly types: readonly Choice<string>[];
		readonly instruments: readonly Choice<number>[];
	};
}

/** The actor's own region: a Dinas's province or kab/kota, null (the nation) for admin. */
function ownRegion(actor: Actor): string | null {
	return actor.role === 'admin' ? null : (actor.regionCode ?? '');
}

/** Whether a Dinas (or admin) may look at `code`: its own region or one inside it. */
function mayView(actor: Actor, code: string): boolean {
	if (actor.role === 'admin') return true;
	if (actor.role !== 'dinas' || !actor.regionCode) return false;
	return code === actor.regionCode || code.startsWith(`${actor.regionCode}.`);
}

/** The accreditations counted per kab/kota, type and instrument version. */
function countsOf(rows: readonly LatestAccreditation[]): AccreditedCount[] {
	const counts = new Map<string, AccreditedCount & { n: number }>();
	for (const r of rows) {
		if (!r.type) continue;
		const key = `${r.regionCode}|${r.type}|${r.instrumentVersionId}`;
		const c = counts.get(key);
		if (c) c.n++;
		else
			counts.set(key, {
				regionCode: r.regionCode,
				type: r.type,
				instrumentVersionId: r.instrumentVersionId,
				n: 1
			});
	}
	return [...counts.values()];
}

/**
 * The analysis for `actor` with the URL's filters, or null when the region asked for lies outside
 * the actor's scope or does not exist, or the instrument version does not exist (the caller
 * answers 404, as for any object out of scope).
 */
export function regionGapPage(
	db: Queryable,
	actor: Actor,
	params: URLSearchParams
): RegionGapPage | null {
	const q = parseRegionGapQuery(params);
	const own = ownRegion(actor);
	if (own === '') return null;
	const region = q.wilayah ?? own;
	if (region !== null && !mayView(actor, region)) return null;

	const names = regionOptions(db, actor);
	const provinceName = (code: string) => names.provinces.find((p) => p.code === code)?.name;
	const regencyName = (code: string) => names.regencies.find((r) => r.code === code)?.name;
	if (region !== null && !(region.includes('.') ? regencyName(region) : provinceName(region)))
		return null;

	const all = listInstrumentVersions(db);
	// One instrument in use: its versions read "Versi 3.0.0", short enough for a tablet's select.
	const oneTitle = new Set(all.map((v) => v.title)).size === 1;
	const versions = all.map((v) => ({
		id: v.id,
		label: oneTitle ? `Versi ${v.version}` : `${v.title} ${v.version}`,
		full: `${v.title} ${v.version}`
	}));
	if (q.instrumen !== undefined && !versions.some((v) => v.id === q.instrumen)) return null;

	const latest = latestAccreditations(db, actor);
	const counts = countsOf(latest);
	const chosen = resolveFilters(
		counts,
		region,
		{ type: q.jenis, instrumentVersionId: q.instrumen },
		versions,
		PANTI_TYPE_SHORT
	);
	const { type, instrumentVersionId } = chosen;
	const form = instrumentFor(db, instrumentVersionId, type);
	const gaps = form
		? rollUpSheets(
				db,
				form,
				latest.filter(
					(r) =>
						r.type === type &&
						r.instrumentVersionId === instrumentVersionId &&
						inRegion(r.regionCode, region)
				)
			)
		: { panti: 0, indicators: [], matrix: [] };

	const province = region?.slice(0, 2) ?? null;
	const choice = (code: string | null, label: string, level: RegionChoice['level']) => ({
		value: code ?? '',
		label,
		level,
		count: countIn(counts, code, type, instrumentVersionId)
	});
	const regions: RegionChoice[] = [
		...(actor.role === 'admin' ? [choice(null, 'Nasional', 'national')] : []),
		...names.provinces.map((p) => choice(p.code, `Provinsi ${p.name}`, 'province')),
		// Nationally, the kab/kota of the chosen province only: 514 options would bury the rest.
		...names.regencies
			.filter((r) => province !== null && r.code.startsWith(`${province}.`))
			.map((r) => choice(r.code, r.name, 'regency'))
	].filter((c) => c.level !== 'province' || mayView(actor, c.value));

	return {
		view: {
			scopeLabel:
				region === null
					? 'Nasional'
					: region.includes('.')
						? `${regencyName(region)}, ${provinceName(province!) ?? ''}`.replace(/, $/, '')
						: `Provinsi ${provinceName(region)}`,
			regionCode: region,
			type,
			typeLabel: PANTI_TYPE_LABELS[type],
			instrumentVersionId,
			instrumentLabel: versions.find((v) => v.id === instrumentVersionId)?.full ?? '',
			zone: zoneOfRegion(region),
			gaps
		},
		options: { regions, types: chosen.types, instruments: chosen.instruments }
	};
}
