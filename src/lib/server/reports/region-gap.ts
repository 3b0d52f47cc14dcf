/** The PDF of the regional gap analysis (issue 17), for the endpoint /analisis-wilayah/laporan.pdf. */
import type { RegionGapView } from '$lib/domain/region-gap/view';
import { buildRegionGap, type RegionGapMeta } from '$lib/domain/reports/region-gap';
import { renderPdf } from './pdf';

/** @example pdfResponse(await regionGapPdf(view, { generatedAt: now, by: user.name }), 'analisis-kesenjangan-wilayah.pdf') */
export function regionGapPdf(view: RegionGapView, meta: RegionGapMeta): Promise<Buffer> {
	return renderPdf(buildRegionGap(view, meta));
}
