/** Access and HTTP framing shared by the three PDF endpoints. */
import { error } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { assessmentAccess, type AssessmentAccess } from '../assessments/access';
import type { Queryable } from '../db';
import { assessments } from '../db/schema';
import { requireUser } from '../guard';

/**
 * The assessment a PDF is asked for, if the user may see it. Unlike pages (which answer 404 for
 * out-of-scope records), downloads answer 403 for an existing assessment the user may not see,
 * as the reports issue asks; an id that does not exist is still 404.
 */
export function pdfAccess(
	db: Queryable,
	locals: App.Locals,
	url: URL,
	rawId: string
): AssessmentAccess {
	const user = requireUser(locals, url);
	const id = Number(rawId); // `[id=id]` has checked its form
	const access = assessmentAccess(db, user, id);
	if (access) return access;
	const exists = db
		.select({ id: assessments.id })
		.from(assessments)
		.where(eq(assessments.id, id))
		.get();
	if (exists) error(403, 'Anda tidak berhak mengunduh dokumen penilaian ini.');
	error(404, 'Penilaian tidak ditemukan.');
}

/** A safe ASCII file name from a panti name. */
export function fileSlug(name: string): string {
	return (
		name
			.normalize('NFKD')
			.replace(/[^\w\s-]/g, '')
			.trim()
			.replace(/\s+/g, '-')
			.toLowerCase()
			.slice(0, 60) || 'panti'
	);
}

export function pdfResponse(bytes: Buffer, filename: string): Response {
	return new Response(new Uint8Array(bytes), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'private, no-store'
		}
	});
}
