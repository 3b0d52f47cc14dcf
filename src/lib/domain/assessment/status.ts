/** The life of an assessment (design.md §7): drafted, scored, submitted, returned or finalized. */
export const ASSESSMENT_STATUSES = [
	'draft',
	'in_progress',
	'submitted',
	'returned',
	'finalized'
] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const ASSESSMENT_STATUS_LABELS = {
	draft: 'Draf',
	in_progress: 'Sedang dinilai',
	submitted: 'Diajukan untuk ditinjau',
	returned: 'Dikembalikan',
	finalized: 'Final'
} as const satisfies Record<AssessmentStatus, string>;

/** A visitasi by an assessor team, or the panti's own self-assessment. */
export const ASSESSMENT_KINDS = ['visit', 'self'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

export const ASSESSMENT_KIND_LABELS = {
	visit: 'Visitasi',
	self: 'Penilaian mandiri'
} as const satisfies Record<AssessmentKind, string>;

/** An assessor's place on an assessment team: the lead consolidates and submits. */
export const TEAM_ROLES = ['lead', 'member'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
