/**
 * The visit record the lead enters (design.md §7): the actual first and last day of the visit and
 * who was present. The rules, the form's zod schema and the date range as printed live here, pure:
 * "today" comes in as an argument (WIB, from the server's clock).
 */
import { z } from 'zod';
import { formatDate } from '../format';
import { cleanText, isIsoDate } from '../input/form-fields';
import type { VisitRecord } from './review';

/** A visit longer than this is almost surely a typo in a date (two weeks covers the largest panti). */
export const MAX_VISIT_DAYS = 14;
/** Enough rows for the head, staff and partners at a large panti; more is a pasted list. */
export const MAX_ATTENDEES = 20;

/** Days from `a` to `b`, both `YYYY-MM-DD`, counting both ends (same day → 1). */
export function visitLength(a: string, b: string): number {
	return (Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86_400_000 + 1;
}

const day = (label: string) =>
	z
		.string({ error: `${label} wajib diisi.` })
		.trim()
		.min(1, { error: `${label} wajib diisi.`, abort: true })
		.refine(isIsoDate, { error: `${label} bukan tanggal yang valid.`, abort: true });

const attendeeText = (label: string) =>
	cleanText(label, { multiline: false, hidden: 'refuse' }, { error: `${label} wajib diisi.` })
		.trim()
		.min(1, { error: `${label} wajib diisi.`, abort: true })
		.max(100, { error: `${label} maksimal 100 karakter.` });

const attendee = z.object({ name: attendeeText('Nama'), position: attendeeText('Jabatan') });

/**
 * The posted visit record, checked against today (WIB) and the team: dates valid, the last day not
 * before the first, none in the future, at most {@link MAX_VISIT_DAYS} days; 1–20 people of the
 * panti or partners; at least one team member present, and only members of this team.
 *
 * @example
 * visitRecordSchema('2026-10-20', [4, 7]).safeParse({
 *   startedOn: '2026-10-12', endedOn: '', teamPresent: ['4'],
 *   present: [{ name: 'Ibu Sari', position: 'Kepala panti' }]
 * }).data?.endedOn // '2026-10-12': an empty last day is a one-day visit
 */
export function visitRecordSchema(today: string, teamIds: readonly number[]) {
	return z
		.object({
			startedOn: day('Hari pertama visitasi'),
			// Empty: a one-day visit, the common case.
			endedOn: z
				.string()
				.trim()
				.optional()
				.refine((v) => !v || isIsoDate(v), { error: 'Hari terakhir bukan tanggal yang valid.' }),
			present: z
				.array(attendee)
				.min(1, { error: 'Catat paling sedikit satu orang dari panti atau mitra yang hadir.' })
				.max(MAX_ATTENDEES, { error: `Paling banyak ${MAX_ATTENDEES} orang yang hadir.` }),
			teamPresent: z
				.array(z.coerce.number().int())
				.transform((ids) => [...new Set(ids)])
				.refine((ids) => ids.every((id) => teamIds.includes(id)), {
					error: 'Yang dicentang harus anggota tim penilaian ini.'
				})
				.refine((ids) => ids.length > 0, {
					error: 'Centang paling sedikit satu anggota tim yang ikut visitasi.'
				})
		})
		.transform((v) => ({ ...v, endedOn: v.endedOn || v.startedOn }))
		.superRefine((v, ctx) => {
			const issue = (path: string, message: string) =>
				ctx.addIssue({ code: 'custom', path: [path], message });
			if (v.startedOn > today) issue('startedOn', 'Hari pertama visitasi belum tiba.');
			if (v.endedOn < v.startedOn)
				issue('endedOn', 'Hari terakhir tidak boleh sebelum hari pertama.');
			else if (v.endedOn > today) issue('endedOn', 'Hari terakhir visitasi belum tiba.');
			else if (visitLength(v.startedOn, v.endedOn) > MAX_VISIT_DAYS)
				issue('endedOn', `Visitasi paling lama ${MAX_VISIT_DAYS} hari. Periksa kedua tanggal.`);
		})
		.transform((v): VisitRecord => v);
}

const MONTH_YEAR = / ([A-Za-z]+) (\d{4})$/;

/**
 * The visit's dates as printed: one day, or a range that names the month and year once.
 * @example formatVisitDates({ startedOn: '2026-10-12', endedOn: '2026-10-13' }) // '12–13 Oktober 2026'
 * @example formatVisitDates({ startedOn: '2026-09-30', endedOn: '2026-10-01' }) // '30 September–1 Oktober 2026'
 */
export function formatVisitDates(r: Pick<VisitRecord, 'startedOn' | 'endedOn'>): string {
	const first = formatDate(r.startedOn);
	if (r.endedOn === r.startedOn) return first;
	const last = formatDate(r.endedOn);
	const a = MONTH_YEAR.exec(first);
	const b = MONTH_YEAR.exec(last);
	if (!a || !b || a[2] !== b[2]) return `${first}–${last}`;
	if (a[1] === b[1]) return `${first.slice(0, a.index)}–${last}`;
	return `${first.slice(0, -(a[2]!.length + 1))}–${last}`;
}
