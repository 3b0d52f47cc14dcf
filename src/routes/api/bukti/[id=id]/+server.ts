import { error } from '@sveltejs/kit';
import { assessmentAccess } from '$lib/server/assessments/access';
import { evidenceDir, getDb } from '$lib/server/db/connection';
import { getEvidence, readEvidence } from '$lib/server/evidence';
import type { RequestHandler } from './$types';

const IMAGE_POLICY = {
	'content-security-policy':
		"default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"
};
/**
 * A PDF is read inline on the review page, in a frame of SIAP itself: only SIAP may frame it, and
 * without `sandbox`, under which Chromium's PDF viewer refuses to render. Its type was checked
 * from its bytes at upload and `nosniff` holds, so the browser only ever opens it as a PDF.
 */
const PDF_FRAMING = {
	'content-security-policy': "default-src 'none'; frame-ancestors 'self'",
	'x-frame-options': 'SAMEORIGIN'
};

/** Serves an evidence file only to users who may see its assessment; anyone else gets a plain 404. */
export const GET: RequestHandler = ({ locals, params }) => {
	if (!locals.user) error(404, 'Berkas tidak ditemukan.');
	const db = getDb();
	const file = getEvidence(db, Number(params.id));
	if (!file || !assessmentAccess(db, locals.user, file.assessmentId))
		error(404, 'Berkas tidak ditemukan.');
	const body = readEvidence(evidenceDir(), file.sha256);
	return new Response(new Uint8Array(body), {
		headers: {
			'content-type': file.mimeType,
			'content-length': String(body.length),
			'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
			'cache-control': 'private, max-age=86400',
			'x-content-type-options': 'nosniff',
			...(file.mimeType === 'application/pdf' ? PDF_FRAMING : IMAGE_POLICY)
		}
	});
};
