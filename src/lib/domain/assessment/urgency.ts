/**
 * The order of the Penilaian list: what needs the reader's hand first. A returned sheet always
 * leads (someone must act on the reviewer's comments); then reviewers (admin, Dinas) see what
 * waits for their review, while assessors and panti heads see their own open work.
 */
import type { Role } from '../access';
import type { AssessmentStatus } from './status';

const REVIEWER_ORDER = ['returned', 'submitted', 'in_progress', 'draft', 'finalized'] as const;
const WORKER_ORDER = ['returned', 'in_progress', 'draft', 'submitted', 'finalized'] as const;

/**
 * The statuses from most to least urgent for `role`.
 * @example urgencyOrder('dinas')[1] === 'submitted'; urgencyOrder('asesor')[1] === 'in_progress'
 */
export function urgencyOrder(role: Role): readonly AssessmentStatus[] {
	return role === 'admin' || role === 'dinas' ? REVIEWER_ORDER : WORKER_ORDER;
}

/**
 * The place of `status` in `role`'s order, 0 for the most urgent.
 * @example urgencyRank('dinas', 'returned') === 0; urgencyRank('asesor', 'finalized') === 4
 */
export function urgencyRank(role: Role, status: AssessmentStatus): number {
	return urgencyOrder(role).indexOf(status);
}

/** The Penilaian list's orders: by urgency (the default), by planned date, by last change. */
export const ASSESSMENT_SORTS = ['urgensi', 'jadwal', 'terbaru'] as const;
export type AssessmentSort = (typeof ASSESSMENT_SORTS)[number];
export const ASSESSMENT_SORT_LABELS = {
	urgensi: 'Paling mendesak',
	jadwal: 'Jadwal terdekat',
	terbaru: 'Terakhir diubah'
} as const satisfies Record<AssessmentSort, string>;
