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
		.min(1, { error: `${label} wajib diisi.` })
		.max(100, { error: `${label} maksimal 100 karakter.` });

const attendee = z.object({ name: attendeeText('Nama'), position: attendeeText('Jabatan') });

/** An empty last day is the first: a one-day visit. */
const lastDay = (v: { startedOn: string; endedOn?: string }) => v.endedOn || v.startedOn;

/** Whether both days were read as dates (the cross-checks only mean something then). */
function datesRead(payload: { value: unknown }): boolean {
	const v = payload.value as { startedOn?: unknown; endedOn?: unknown };
	const day = (d: unknown) => typeof d === 'string' && isIsoDate(d);
	return day(v.startedOn) && (v.endedOn === undefined || v.endedOn === '' || day(v.endedOn));
}

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
	return (
		z
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
			// The date rules run even when another field is wrong, so every error shows at once.
			.refine((v) => v.startedOn <= today, {
				path: ['startedOn'],
				error: 'Hari pertama visitasi belum tiba.',
				when: datesRead
			})
			.refine((v) => lastDay(v) >= v.startedOn, {
				path: ['endedOn'],
				error: 'Hari terakhir tidak boleh sebelum hari pertama.',
				when: datesRead
			})
			.refine((v) => lastDay(v) < v.startedOn || lastDay(v) <= today, {
				path: ['endedOn'],
				error: 'Hari terakhir visitasi belum tiba.',
				when: datesRead
			})
			.refine((v) => visitLength(v.startedOn, lastDay(v)) <= MAX_VISIT_DAYS, {
				path: ['endedOn'],
				error: `Visitasi paling lama ${MAX_VISIT_DAYS} hari. Periksa kedua tanggal.`,
				when: datesRead
			})
			.transform((v): VisitRecord => ({ ...v, endedOn: lastDay(v) }))
	);
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
