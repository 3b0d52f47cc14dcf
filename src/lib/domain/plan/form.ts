/**
 * The follow-up form of one improvement action: who owns it, when it is due, how far it
 * got. One zod schema, so the page action, the server rules and the tests share every message.
 */
import { formatNumber } from '../format';
import { z } from 'zod';
import { choice, cleanText, isIsoDate } from '../input/form-fields';

export const ACTION_STATUSES = ['belum', 'proses', 'selesai'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const OWNER_MAX = 120;
export const NOTE_MAX = 1000;

/** Plans run five years at most; a due date outside this window is a typo, not a plan. */
const EARLIEST = '2000-01-01';
const LATEST = '2100-12-31';

const dueDate = z
	.string({ error: 'Tenggat wajib diisi.' })
	.trim()
	.min(1, { error: 'Tenggat wajib diisi.' })
	.refine(isIsoDate, { error: 'Tenggat bukan tanggal yang valid (format TTTT-BB-HH).' })
	.refine((v) => v >= EARLIEST && v <= LATEST, {
		error: 'Tenggat harus antara tahun 2000 dan 2100.'
	});

export const planActionSchema = z.object({
	// A person's name, printed in the plan PDF: hidden characters are refused.
	owner: cleanText('Penanggung jawab', { multiline: false, hidden: 'refuse' })
		.trim()
		.max(OWNER_MAX, { error: `Penanggung jawab maksimal ${OWNER_MAX} karakter.` })
		.default(''),
	dueDate,
	status: choice(ACTION_STATUSES, 'Pilih status: belum, proses atau selesai.'),
	// Free text over several lines: hidden characters are stripped, the note is kept.
	progressNote: cleanText('Catatan kemajuan', { multiline: true, hidden: 'strip' })
		.trim()
		.max(NOTE_MAX, {
			error: `Catatan kemajuan maksimal ${formatNumber(NOTE_MAX)} karakter.`
		})
		.default('')
});

export type PlanActionInput = z.output<typeof planActionSchema>;

/**
 * What the action posts back when it refuses one action's form (a type in a `.ts` module, not the
 * component's `<script module>`, so typed lint can resolve it).
 */
export interface PlanActionFailure {
	values: Record<string, string | string[]>;
	errors: Record<string, string[]>;
	message?: string;
	/** Someone else saved first: the values that are stored now. */
	current?: {
		owner: string;
		dueDate: string | null;
		status: ActionStatus;
		progressNote: string;
		updatedAt: string;
		updatedByName: string | null;
	} | null;
}

/** The editable fields, in the order the audit log lists them. */
export const PLAN_ACTION_FIELDS = ['owner', 'dueDate', 'status', 'progressNote'] as const;

export type PlanActionField = (typeof PLAN_ACTION_FIELDS)[number];

/**
 * The fields whose value differs between the stored action and the input, as before/after pairs
 * for the audit log; empty when the form was saved unchanged.
 * @example changedFields({ owner: '', dueDate: '2027-01-01', status: 'belum', progressNote: '' },
 *   { owner: 'Bu Ani', dueDate: '2027-01-01', status: 'proses', progressNote: '' })
 *   // { before: { owner: '', status: 'belum' }, after: { owner: 'Bu Ani', status: 'proses' } }
 */
export function changedFields(
	stored: Readonly<Record<PlanActionField, string | null>>,
	input: PlanActionInput
): { before: Partial<Record<PlanActionField, string | null>>; after: Partial<PlanActionInput> } {
	const before: Partial<Record<PlanActionField, string | null>> = {};
	const after: Partial<PlanActionInput> = {};
	// Generic in the field, so each value keeps its field's type from `input` to `after`.
	const copy = <F extends PlanActionField>(field: F) => {
		before[field] = stored[field];
		after[field] = input[field];
	};
	for (const field of PLAN_ACTION_FIELDS) if (stored[field] !== input[field]) copy(field);
	return { before, after };
}
