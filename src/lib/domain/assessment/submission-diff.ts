/**
 * What changed between two submissions of the same assessment (design.md §7): the reviewer who
 * returned it sees, per indicator, the level before and after and whether the note changed, next
 * to the comment that asked for it.
 */
import type { ReturnComments, SubmittedEntry, SubmittedSheet } from './review';

/** One indicator that changed, or that the reviewer commented on (changed or not). */
export interface SubmissionChange {
	readonly code: string;
	/** `null` when the indicator was not on that sheet. */
	readonly before: SubmittedEntry | null;
	readonly after: SubmittedEntry | null;
	readonly levelChanged: boolean;
	readonly noteChanged: boolean;
	/** The reviewer's comment on this indicator at the return in between, if any. */
	readonly comment: string | null;
	/** Commented at the return but submitted again unchanged: the reviewer should look twice. */
	readonly unchangedDespiteComment: boolean;
}

const sameLevel = (a: SubmittedEntry | null, b: SubmittedEntry | null) =>
	(a?.notApplicable ?? false) === (b?.notApplicable ?? false) &&
	(a?.level ?? null) === (b?.level ?? null);

/**
 * Compares the previous submission with the current one, in `order` (the instrument's order);
 * codes outside `order` come last. Commented indicators are always listed.
 * @example
 * submissionChanges(
 *   { 'KEL-01': { level: 2, notApplicable: false, note: '' } },
 *   { 'KEL-01': { level: 4, notApplicable: false, note: 'Akta ada' } },
 *   {}, ['KEL-01']
 * )[0] // { code: 'KEL-01', levelChanged: true, noteChanged: true, … }
 */
export function submissionChanges(
	previous: SubmittedSheet,
	current: SubmittedSheet,
	comments: ReturnComments,
	order: readonly string[]
): SubmissionChange[] {
	const codes = new Set([...order, ...Object.keys(previous), ...Object.keys(current)]);
	const changes: SubmissionChange[] = [];
	for (const code of codes) {
		const before = previous[code] ?? null;
		const after = current[code] ?? null;
		const levelChanged = !sameLevel(before, after);
		const noteChanged = (before?.note ?? '') !== (after?.note ?? '');
		const comment = comments[code] ?? null;
		if (!levelChanged && !noteChanged && comment === null) continue;
		changes.push({
			code,
			before,
			after,
			levelChanged,
			noteChanged,
			comment,
			unchangedDespiteComment: comment !== null && !levelChanged && !noteChanged
		});
	}
	return changes;
}

/** A level as the reviewer reads it: a number, "N/A" or a dash when not given. */
export function levelText(e: SubmittedEntry | null): string {
	if (!e) return '—';
	if (e.notApplicable) return 'N/A';
	return e.level === null ? '—' : String(e.level);
}
