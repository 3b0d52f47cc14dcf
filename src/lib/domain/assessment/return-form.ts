/**
 * What a reviewer sends back with a return (design.md §7): an overall reason the team reads
 * first, and optional comments at single indicators. Comments arrive as form fields
 * `comment.<code>`; only codes of the assessment's instrument are accepted.
 */
import { z } from 'zod';
import { cleanText } from '../input/form-fields';
import type { ReturnComments } from './review';

export const COMMENT_PREFIX = 'comment.';
export const COMMENT_MAX = 1000;

// Free text the team reads: hidden characters are stripped rather than refused.
export const returnReasonSchema = cleanText(
	'Alasan',
	{ multiline: true, hidden: 'strip' },
	{ error: 'Tuliskan alasan pengembalian.' }
)
	.trim()
	.min(10, { error: 'Alasan minimal 10 karakter agar tim tahu apa yang harus diperbaiki.' })
	.max(2000, { error: 'Alasan paling banyak 2.000 karakter.' });

const commentSchema = cleanText('Catatan', { multiline: true, hidden: 'strip' })
	.trim()
	.max(COMMENT_MAX, { error: `Catatan per butir paling banyak ${COMMENT_MAX} karakter.` });

/**
 * The comments of a return, by code: each trimmed, empty ones dropped, at most 1000 characters,
 * and every code one of `codes` (the instrument's). Stored as they come out of this schema.
 * @example returnCommentsSchema(['KEL-01']).parse({ 'KEL-01': ' Lampirkan akta. ', 'KEL-02': '' })
 *   // → { 'KEL-01': 'Lampirkan akta.' }   ('KEL-02' is empty, so dropped before the code check)
 */
export function returnCommentsSchema(codes: ReadonlySet<string>) {
	return z
		.record(z.string(), commentSchema)
		.transform((all) => Object.fromEntries(Object.entries(all).filter(([, text]) => text !== '')))
		.superRefine((all, ctx) => {
			for (const code of Object.keys(all))
				if (!codes.has(code))
					ctx.addIssue({ code: 'custom', message: `Butir ${code} tidak ada pada instrumen ini.` });
		})
		.transform((all): ReturnComments => all);
}

/** The `comment.<code>` fields of a posted form, as a plain record for the schema to check. */
export function commentFields(entries: Iterable<[string, unknown]>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of entries)
		if (key.startsWith(COMMENT_PREFIX)) out[key.slice(COMMENT_PREFIX.length)] = value;
	return out;
}
