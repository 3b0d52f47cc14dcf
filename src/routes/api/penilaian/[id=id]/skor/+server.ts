import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { cleanText } from '$lib/domain/input/form-fields';
import { loadAssessmentInstrument, MUST_DECLARE } from '$lib/server/assessments/load';
import { saveScore } from '$lib/server/assessments/scores';
import type { ApiProblem, ScoreConflict, ScoreRequest, ScoreSaved } from '$lib/score-api';
import type { RequestHandler } from './$types';

const body: z.ZodType<ScoreRequest> = z.object({
	code: z.string().max(20),
	level: z.number().int().min(0).max(10).nullable(),
	notApplicable: z.boolean(),
	// Autosaved while typing: hidden characters are stripped (a refusal would lose the note), and
	// the note is not trimmed (the assessor may be mid-word).
	note: cleanText('Catatan', { multiline: true, hidden: 'strip' }).max(2000, {
		error: 'Catatan paling banyak 2.000 karakter.'
	}),
	version: z.number().int().min(0)
});

/** Autosave of one score on the caller's own sheet (optimistic concurrency: 409 with the newer value). */
export const POST: RequestHandler = async (event) => {
	const { user, db, access, form } = loadAssessmentInstrument(event, {
		signedOut: 'Sesi Anda berakhir. Masuk kembali untuk menyimpan.'
	});
	if (access.mustDeclare) error(403, MUST_DECLARE);
	if (!access.canScore) error(403, 'Penilaian ini tidak dapat diubah oleh Anda sekarang.');
	const parsed = body.safeParse(await event.request.json().catch(() => null));
	if (!parsed.success)
		return json(
			{ message: parsed.error.issues[0]?.message ?? 'Data tidak valid.' } satisfies ApiProblem,
			{ status: 400 }
		);
	const result = saveScore(db, user, access, form, parsed.data, new Date());
	if (result.ok)
		return json({ version: result.version, updatedAt: result.updatedAt } satisfies ScoreSaved);
	switch (result.reason) {
		case 'stale':
			return json(
				{
					message: 'Nilai ini sudah diubah di tempat lain.',
					current: result.current
				} satisfies ScoreConflict,
				{ status: 409 }
			);
		case 'invalid':
			return json({ message: result.message } satisfies ApiProblem, { status: 400 });
		case 'unknown_indicator':
			return json({ message: 'Indikator tidak dikenal pada instrumen ini.' } satisfies ApiProblem, {
				status: 400
			});
		case 'forbidden':
			error(403, 'Penilaian ini tidak dapat diubah lagi.');
	}
};
