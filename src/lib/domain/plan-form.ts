/**
 * The follow-up form of one improvement action: who owns it, when it is due, how far it
 * got. One zod schema, so the page action, the server rules and the tests share every message.
 */
import { formatNumber } from './format';
import { z } from 'zod';
import { choice, cleanText, isIsoDate } from './form-fields';

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
	const after: Partial<Record<PlanActionField, string>> = {};
	for (const field of PLAN_ACTION_FIELDS) {
		if (stored[field] === input[field]) continue;
		before[field] = stored[field];
		after[field] = input[field];
	}
	// Every value was copied from `input`, field by field, so it has the input's type.
	return { before, after: after as Partial<PlanActionInput> };
}
