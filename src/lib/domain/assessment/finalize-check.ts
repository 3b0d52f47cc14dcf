/**
 * The checks a finalization passes besides the workflow (design.md §7): the reviewer decided on
 * the result that is about to be issued (not an older one), and a Tidak Terakreditasi or a
 * safeguarding finding was confirmed by typing a word, not by a tap.
 */
import type { Grade } from '../rubric/vocabulary';

/** The word typed to confirm a grave outcome: short on a tablet keyboard, the same for every panti. */
export const CONFIRM_WORD = 'FINALKAN';

/** What the reviewer saw and typed, as the finalize form carries it. */
export interface FinalizeDecision {
	/** The assessment's version when the page was rendered: any later transition bumps it. */
	readonly version: number;
	readonly total: number;
	readonly grade: Grade;
	readonly confirmation: string;
}

/** The outcome recomputed inside the finalizing transaction. */
export interface FinalizeOutcome {
	readonly version: number;
	readonly total: number;
	readonly grade: Grade;
	readonly safeguardingFindings: number;
}

/** A grade nobody can work with, or clients at risk: the reviewer types the word to go on. */
export const needsTypedConfirmation = (grade: Grade, safeguardingFindings: number): boolean =>
	grade === 'TT' || safeguardingFindings > 0;

/**
 * Why this finalization must not go ahead, or null when it may.
 * @example finalizeRefusal({ version: 3, total: 20, grade: 'TT', safeguardingFindings: 0 },
 *   { version: 3, total: 20, grade: 'TT', confirmation: 'finalkan ' }) === null
 */
export function finalizeRefusal(
	outcome: FinalizeOutcome,
	decision: FinalizeDecision
): string | null {
	if (
		decision.version !== outcome.version ||
		decision.total !== outcome.total ||
		decision.grade !== outcome.grade
	)
		return 'Hasil penilaian ini berubah sejak halaman Anda dibuka. Muat ulang halaman dan periksa hasilnya lagi sebelum memfinalkan.';
	if (
		needsTypedConfirmation(outcome.grade, outcome.safeguardingFindings) &&
		decision.confirmation.trim().toUpperCase() !== CONFIRM_WORD
	)
		return `Hasil ini berat (Tidak Terakreditasi atau ada temuan perlindungan klien). Ketik ${CONFIRM_WORD} untuk memfinalkannya.`;
	return null;
}
