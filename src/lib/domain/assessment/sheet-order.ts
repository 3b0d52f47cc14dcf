/**
 * Where the scoring sheet goes next: the order in which an assessor meets the indicators still to
 * score, and how far each aspect has come. Pure, so the sheet's "next" button, its automatic
 * advance and its aspect navigator agree and can be checked by hand.
 */

/**
 * The first unanswered indicator after `from` in sheet order, wrapping round to the start, so
 * an indicator skipped on purpose is met again only after the rest; without `from` (or when it
 * is unknown) the first unanswered of the sheet. `from` itself comes last. Null when none is left.
 * @example nextUnanswered(['A', 'B', 'C'], (c) => c === 'B', 'A') === 'C'
 */
export function nextUnanswered(
	codes: readonly string[],
	answered: (code: string) => boolean,
	from?: string | null
): string | null {
	const start = from ? codes.indexOf(from) + 1 : 0;
	for (let k = 0; k < codes.length; k++) {
		const code = codes[(start + k) % codes.length]!;
		if (!answered(code)) return code;
	}
	return null;
}

/** How far one aspect has come: indicators with a level or N/A, of all its indicators. */
export interface AspectProgress {
	readonly done: number;
	readonly total: number;
	readonly complete: boolean;
}

/**
 * Progress per aspect, in the sheet's aspect order, from each aspect's indicator codes.
 * @example aspectProgress([['A', 'B'], ['C']], (c) => c === 'A')
 *   // [{ done: 1, total: 2, complete: false }, { done: 0, total: 1, complete: false }]
 */
export function aspectProgress(
	aspects: readonly (readonly string[])[],
	answered: (code: string) => boolean
): AspectProgress[] {
	return aspects.map((codes) => {
		const done = codes.filter(answered).length;
		return { done, total: codes.length, complete: done === codes.length };
	});
}
