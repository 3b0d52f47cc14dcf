/**
 * What the review of an assessment keeps (design.md §7): the visit as it happened, the sheet as it
 * was submitted each time, the reviewer's comments on a return, and each assessor's declaration of
 * no conflict of interest with the panti.
 */

/** Someone present at the visit from the panti or its partners (the team is known already). */
export interface VisitAttendee {
	readonly name: string;
	readonly position: string;
}

/** The visit as it happened, entered by the lead: shown on the report and the certificate. */
export interface VisitRecord {
	/** First and last day of the visit (`YYYY-MM-DD`); the same day for a one-day visit. */
	readonly startedOn: string;
	readonly endedOn: string;
	readonly present: readonly VisitAttendee[];
	/** Team members (user ids) who took part in the visit. */
	readonly teamPresent: readonly number[];
}

/** One indicator of a consolidated sheet as it was submitted. */
export interface SubmittedEntry {
	readonly level: number | null;
	readonly notApplicable: boolean;
	readonly note: string;
}

/** The consolidated sheet at a submission, by indicator code: "what changed" compares two. */
export type SubmittedSheet = Readonly<Record<string, SubmittedEntry>>;

/** Reviewer comments on a return, by indicator code. */
export type ReturnComments = Readonly<Record<string, string>>;

/**
 * Grounds for a conflict of interest with a panti (provisional rule, design.md §7): employed
 * there, family of its head or staff, on its board or foundation, or paid advice to it within the
 * last two years.
 */
export const CONFLICT_GROUNDS = ['employed', 'family', 'board', 'paid_advice'] as const;
export type ConflictGround = (typeof CONFLICT_GROUNDS)[number];
