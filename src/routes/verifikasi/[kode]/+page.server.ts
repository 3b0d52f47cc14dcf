import { error } from '@sveltejs/kit';
import { todayIn } from '$lib/server/clock';
import { findCertificate } from '$lib/server/certificates/verify';
import { getDb } from '$lib/server/db/connection';
import type { PageServerLoad } from './$types';

/**
 * Public (no requireUser). An unknown and a malformed code answer the same 404, rendered by the
 * +error.svelte beside this page with the normal layout and a form to try again.
 */
export const load = (({ params, setHeaders }) => {
	// The status depends on today and on a revocation that may happen any moment: never cache.
	setHeaders({ 'cache-control': 'no-store', 'x-robots-tag': 'noindex' });
	const certificate = findCertificate(getDb(), params.kode, (zone) => todayIn(zone));
	if (!certificate) error(404, 'Sertifikat dengan kode ini tidak ditemukan.');
	return { certificate, zone: certificate.zone };
}) satisfies PageServerLoad;
