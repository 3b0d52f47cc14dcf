import { error } from '@sveltejs/kit';
import { renderBarChart } from '$lib/domain/chart/aspect-bars';
import { NEUTRAL_FILL } from '$lib/domain/chart/status-colours';
import { dimensionPointBars, mostCommonGapBars } from '$lib/domain/region-gap/charts';
import { getDb } from '$lib/server/db/connection';
import { requireRole } from '$lib/server/guard';
import { regionGapPage } from '$lib/server/region-gap/view';
import type { PageServerLoad } from './$types';

/** How many of the most common gaps the first chart shows (the table lists them all). */
const TOP = 10;

export const load = (({ locals, url }) => {
	const user = requireRole(locals, url, 'admin', 'dinas');
	const page = regionGapPage(getDb(), user, url.searchParams);
	if (!page) error(404, 'Wilayah tidak ditemukan.');
	const { gaps } = page.view;
	return {
		...page,
		view: {
			...page.view,
			gaps: {
				...gaps,
				// The levels found are shown once, in the matrix: not sent twice.
				indicators: gaps.indicators.map(({ found: _, expectedDescriptor: __, ...i }) => i)
			}
		},
		/** The query string of the analysis shown, for the download links. */
		query: new URLSearchParams({
			...(page.view.regionCode ? { wilayah: page.view.regionCode } : {}),
			jenis: page.view.type,
			instrumen: String(page.view.instrumentVersionId)
		}).toString(),
		charts:
			gaps.panti === 0
				? null
				: {
						common: renderBarChart(mostCommonGapBars(gaps, TOP, NEUTRAL_FILL), {
							title: `${Math.min(TOP, gaps.indicators.length)} kesenjangan paling umum (% panti di bawah harapan)`
						}),
						dimensions: renderBarChart(dimensionPointBars(gaps, NEUTRAL_FILL), {
							title: 'Poin yang dipertaruhkan per dimensi (rata-rata per panti)'
						})
					}
	};
}) satisfies PageServerLoad;
