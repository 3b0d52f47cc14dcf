import { error } from '@sveltejs/kit';
import { renderBarChart } from '$lib/domain/chart/aspect-bars';
import { aspectLabel } from '$lib/domain/engine';
import { MAX_COMPARE, parseCompareIds } from '$lib/domain/overview/compare-query';
import { comparePanti, comparePicker } from '$lib/server/compare';
import { getDb } from '$lib/server/db/connection';
import { requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
	const user = requireRole(locals, url, 'admin', 'dinas');
	const ids = parseCompareIds(url.searchParams.getAll('id'));
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
	const db = getDb();
	const compared = comparePanti(db, user, ids);
	// A panti outside the scope looks exactly like one that does not exist.
	if (!compared) error(404, 'Panti tidak ditemukan.');
	return {
		ids,
		/** More than the maximum was asked for (only the first ones are shown). */
		cut: new Set(url.searchParams.getAll('id')).size > MAX_COMPARE,
		q,
		max: MAX_COMPARE,
		picker: q && ids.length < MAX_COMPARE ? comparePicker(db, user, q, ids) : [],
		panti: compared.map((p) => ({
			...p,
			// Each panti's aspects against the scope's median (dashed line).
			chart: renderBarChart(
				p.aspects.map((a) => ({
					label: aspectLabel(a),
					value: a.pct,
					reference: a.median
				})),
				{ width: 520, barHeight: 16 }
			)
		}))
	};
}) satisfies PageServerLoad;
