import { error, json } from '@sveltejs/kit';
import { loadAssessment, MUST_DECLARE } from '$lib/server/assessments/load';
import { evidenceDir } from '$lib/server/db/connection';
import { storeEvidence } from '$lib/server/evidence';
import { readForm, UNREADABLE_FORM } from '$lib/server/forms';
import { instrumentFor } from '$lib/server/rubrics/read';
import type { ApiProblem, EvidenceUploaded } from '$lib/score-api';
import type { RequestHandler } from './$types';

/** Upload one evidence file (multipart: `file`, `code`) for an indicator of the caller's assessment. */
export const POST: RequestHandler = async (event) => {
	const { user, db, access } = loadAssessment(event, {
		signedOut: 'Sesi Anda berakhir. Masuk kembali.'
	});
	// Refuse before reading a possibly large body: only team members upload, while scoring is open.
	if (access.mustDeclare) error(403, MUST_DECLARE);
	if (!access.canScore) error(403, 'Penilaian ini tidak dapat diubah oleh Anda sekarang.');
	const data = await readForm(event.request);
	if (!(data instanceof FormData))
		return json({ message: data.data.message ?? UNREADABLE_FORM } satisfies ApiProblem, {
			status: data.status
		});
	const file = data.get('file');
	const code = data.get('code');
	if (!(file instanceof File) || typeof code !== 'string')
		return json({ message: 'Pilih berkas bukti untuk diunggah.' } satisfies ApiProblem, {
			status: 400
		});
	const form = instrumentFor(db, access.assessment.instrumentVersionId, access.pantiType);
	if (!form?.byCode.has(code))
		return json({ message: 'Indikator tidak dikenal pada instrumen ini.' } satisfies ApiProblem, {
			status: 400
		});
	const result = storeEvidence(
		db,
		evidenceDir(),
		user,
		access,
		code,
		file.name,
		new Uint8Array(await file.arrayBuffer())
	);
	if (!result.ok)
		return json({ message: result.message } satisfies ApiProblem, { status: result.status });
	const { ok: _, ...uploaded } = result;
	return json(uploaded satisfies EvidenceUploaded, { status: 201 });
};
