/**
 * Assigning one owner and/or one due date to several improvement actions at once (the plan page's
 * bulk form). Each selected action carries the version the user saw, as the single-action form
 * does, so an action someone else changed meanwhile is not overwritten.
 */
import { z } from 'zod';
import { planActionSchema } from './form';

/** More than a plan ever holds (a rubric has a few hundred indicators at most). */
export const BULK_MAX = 500;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const selection = z
	.string()
	.regex(/^\d{1,12}:\d{1,9}$/, { error: 'Pilihan tindakan tidak dikenal. Muat ulang halaman.' })
	.transform((v) => {
		const [id, version] = v.split(':').map(Number);
		return { id: id!, version: version! };
	});

export const bulkAssignSchema = z
	.object({
		actions: z
			.array(selection)
			.min(1, { error: 'Pilih minimal satu tindakan.' })
			.max(BULK_MAX, { error: `Paling banyak ${BULK_MAX} tindakan sekaligus.` }),
		// Left empty, a field is left as each action has it.
		owner: z
			.preprocess(blankToUndefined, planActionSchema.shape.owner.optional())
			// The shared field defaults to '': here blank means "leave as it is".
			.transform((v) => v || undefined),
		dueDate: z.preprocess(blankToUndefined, planActionSchema.shape.dueDate.optional())
	})
	.refine((v) => v.owner !== undefined || v.dueDate !== undefined, {
		error: 'Isi penanggung jawab, tenggat, atau keduanya.',
		path: ['owner']
	})
	.refine((v) => new Set(v.actions.map((a) => a.id)).size === v.actions.length, {
		error: 'Tindakan yang sama terpilih dua kali. Muat ulang halaman.',
		path: ['actions']
	});

export type BulkAssignInput = z.output<typeof bulkAssignSchema>;
