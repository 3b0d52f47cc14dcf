/**
 * Rubric text as people read it. Published rubric and instrument versions are immutable and
 * content-hashed (design.md §4), and a finalized explanation is frozen, so their stored words stay
 * as published; what is shown drops the authors' pointers to SIAP's internal notes
 * ("regulation.md §2.5") and mends one verb form the published text got wrong.
 */

// "regulation.md §2.5", "regulation.md §2.1 (…) dan §2.5 (…)", "design.md §4": a pointer and
// the further sections and parenthesised glosses that belong to it.
const SECTION = String.raw`§\s*[\d.]*\d(?:\s*\([^()]*\))?`;
const POINTER = new RegExp(
	String.raw`\b(?:regulation|design)\.md(?:\s*${SECTION}(?:\s*(?:,|dan)\s*${SECTION})*)?`,
	'g'
);

/** Published wording that reads wrong in Indonesian, with what is shown instead. */
const WORDING: readonly (readonly [RegExp, string])[] = [[/\buruskan\b/g, 'urus']];

/**
 * @example readerText('Permensos 184/2011; regulation.md §2.5).') // 'Permensos 184/2011).'
 * @example readerText('… dan uruskan jaminan kesehatan klien.') // '… dan urus jaminan kesehatan klien.'
 */
export function readerText(text: string): string;
export function readerText(text: string | null | undefined): string | null;
export function readerText(text: string | null | undefined): string | null {
	if (text === null || text === undefined) return null;
	let out = text.replace(POINTER, '');
	for (const [wrong, right] of WORDING) out = out.replace(wrong, right);
	return (
		out
			// What the removal leaves behind: empty brackets, dangling separators, doubled spaces.
			.replace(/\(\s*[;,]?\s*\)/g, '')
			.replace(/\(\s*[;,]\s*/g, '(')
			.replace(/\s*[;,]\s*(?=[).]|$)/g, '')
			.replace(/[;,]\s*[;,]/g, ';')
			.replace(/\s{2,}/g, ' ')
			.replace(/\s+([).,;:])/g, '$1')
			.trim()
	);
}
