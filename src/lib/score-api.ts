/**
 * What the scoring page's endpoints take and answer: POST /api/penilaian/[id]/skor (one score)
 * and POST /api/penilaian/[id]/bukti (one evidence file). The server builds these values, the
 * page and its queues parse `res.json()` into them: a change on one side fails the other's
 * type-check instead of surfacing as `undefined` on a tablet.
 */
// zod/mini: the same schemas, tree-shakable, so the scoring page does not ship all of zod.
import * as z from 'zod/mini';

/** One indicator's value on the caller's own sheet. */
export interface ScoreChange {
	code: string;
	level: number | null;
	notApplicable: boolean;
	note: string;
}

/** The body of a score save: the change on top of the version it was made on. */
export interface ScoreRequest extends ScoreChange {
	/** The version the client last saw; 0 when it saw no saved value. */
	version: number;
}

const storedScore = z.object({
	level: z.nullable(z.number()),
	notApplicable: z.boolean(),
	note: z.string(),
	version: z.number(),
	updatedAt: z.string(),
	updatedByName: z.string()
});
/** A score as saved on the server, with who saved it last. */
export type StoredScore = z.infer<typeof storedScore>;

/** 200: the score was saved at this version. */
export const scoreSaved = z.object({ version: z.number(), updatedAt: z.string() });
export type ScoreSaved = z.infer<typeof scoreSaved>;

/** 409: someone saved the score since the client's version; the newer value comes back. */
export const scoreConflict = z.object({ message: z.string(), current: storedScore });
export type ScoreConflict = z.infer<typeof scoreConflict>;

/** 201: the evidence file was stored. */
export const evidenceUploaded = z.object({
	id: z.number(),
	name: z.string(),
	mimeType: z.string(),
	sizeBytes: z.number()
});
export type EvidenceUploaded = z.infer<typeof evidenceUploaded>;

/** Any refusal (4xx, 5xx): the JSON answers above and Kit's own `error()` both carry a message. */
export interface ApiProblem {
	message: string;
}
const apiProblem = z.object({ message: z.string() });

/** The message of a refusal's body, if it has one. */
export function problemMessage(body: unknown): string | undefined {
	return apiProblem.safeParse(body).data?.message;
}

/** The JSON body of an answer, `null` when it has none (a proxy's HTML page, a cut connection). */
export function readBody(res: Response): Promise<unknown> {
	return res.json().catch(() => null);
}
