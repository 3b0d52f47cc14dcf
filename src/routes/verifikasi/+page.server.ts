import { redirect } from '@sveltejs/kit';
import { normalizeVerificationCode } from '$lib/domain/assessment/certificate-status';
import type { PageServerLoad } from './$types';

/** Public (no requireUser). The GET form lands here; a code goes on to its own canonical URL. */
export const load = (({ url }) => {
	const raw = url.searchParams.get('kode');
	if (raw === null) return { error: null };
	const code = normalizeVerificationCode(raw);
	if (!code) return { error: 'Masukkan kode verifikasi yang tercetak pada sertifikat.' };
	// Malformed codes go on too: the result page answers them exactly like unknown ones.
	redirect(303, `/verifikasi/${encodeURIComponent(code)}`);
}) satisfies PageServerLoad;
