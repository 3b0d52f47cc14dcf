/**
 * The conflict-of-interest declaration an assessor makes before scoring a panti (design.md §7).
 * The grounds are a provisional rule of the SIAP team: no regulation found lists them (regulation.md
 * names independence of the assessor without defining it), so they follow common practice of
 * accreditation bodies — employment, family, governance and paid advice, two years back.
 */
import { z } from 'zod';
import { optionalText } from '../input/form-fields';
import { CONFLICT_GROUNDS, type ConflictGround } from './review';

export const CONFLICT_GROUND_LABELS: Readonly<Record<ConflictGround, string>> = {
	employed: 'Saya bekerja di panti ini, sekarang atau dalam dua tahun terakhir.',
	family:
		'Saya memiliki hubungan keluarga (sedarah atau semenda) dengan kepala, pengurus atau pegawai panti ini.',
	board: 'Saya pengurus, pembina atau pengawas panti ini atau yayasan yang menaunginya.',
	paid_advice:
		'Saya menerima imbalan dari panti ini sebagai konsultan, penasihat atau pelatih dalam dua tahun terakhir.'
};

/** How many years back employment and paid advice count, and a declared conflict bars assignment. */
export const CONFLICT_YEARS = 2;

/**
 * The posted declaration: either "no conflict" with the confirming checkbox, or a conflict with at
 * least one ground. A conflict is never assumed from a missing field.
 */
export const declarationSchema = z.discriminatedUnion(
	'statement',
	[
		z.object({
			statement: z.literal('tidak-ada'),
			confirm: z.literal('ya', {
				error: 'Centang pernyataan bahwa Anda tidak memiliki konflik kepentingan.'
			})
		}),
		z.object({
			statement: z.literal('ada'),
			grounds: z
				.array(z.enum(CONFLICT_GROUNDS, { error: 'Pilih alasan konflik dari daftar.' }))
				.min(1, { error: 'Pilih setidaknya satu alasan konflik kepentingan.' }),
			detail: optionalText('Keterangan', 500, { multiline: true, hidden: 'strip' })
		})
	],
	{ error: 'Pilih salah satu pernyataan.' }
);

export type Declaration = z.infer<typeof declarationSchema>;
