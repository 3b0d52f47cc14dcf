import { error } from '@sveltejs/kit';
import { buildCertificate } from '$lib/domain/reports/certificate';
import { getDb } from '$lib/server/db/connection';
import { certificateData } from '$lib/server/reports/data';
import { renderPdf } from '$lib/server/reports/pdf';
import { fileSlug, pdfAccess, pdfResponse } from '$lib/server/reports/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const db = getDb();
	const access = pdfAccess(db, locals, url, params.id);
	if (access.assessment.revokedAt)
		error(410, 'Sertifikat ini telah dicabut dan tidak dapat diunduh.');
	const data = certificateData(db, access, url.origin);
	if (!data)
		error(
			404,
			'Penilaian ini tidak menerbitkan sertifikat (belum difinalkan, penilaian mandiri, atau Tidak Terakreditasi).'
		);
	const bytes = await renderPdf(buildCertificate(data));
	return pdfResponse(bytes, `sertifikat-${fileSlug(access.pantiName)}-${access.assessment.id}.pdf`);
};
