/**
 * Who may be on a visit's team, and changing the team while scoring is open (issue 16 item 6).
 * One rule serves the pickers, the creation of a visit and every later change of its team.
 */
import { and, asc, eq, gte, inArray, sql } from 'drizzle-orm';
import { addYears } from '$lib/domain/dates';
import type { Queryable } from '../db';
import { conflictDeclarations, users } from '../db/schema';

/**
 * How long a declared conflict keeps an assessor off the panti's visits. Provisional rule (to be
 * confirmed with the Dinas Sosial): it matches the "within the last two years" of the grounds.
 */
export const CONFLICT_BAR_YEARS = 2;

/**
 * Why each account may not be assigned to a visit of `pantiId`, by user id: an account linked to
 * the panti (its head or staff, any role) never; an assessor who declared a conflict of interest
 * with it (non-empty grounds) within the last {@link CONFLICT_BAR_YEARS} years not yet
 * (provisional rule). Accounts not in the map may be assigned as far as this rule goes.
 */
export function assignmentBars(db: Queryable, pantiId: number, now: Date): Map<number, string> {
	const bars = new Map<number, string>();
	const since = addYears(now.toISOString().slice(0, 10), -CONFLICT_BAR_YEARS);
	const conflicted = db
		.selectDistinct({ id: conflictDeclarations.userId, name: users.name })
		.from(conflictDeclarations)
		.innerJoin(users, eq(users.id, conflictDeclarations.userId))
		.where(
			and(
				eq(conflictDeclarations.pantiId, pantiId),
				sql`json_array_length(${conflictDeclarations.grounds}) > 0`,
				gte(conflictDeclarations.declaredAt, since)
			)
		)
		.all();
	for (const u of conflicted)
		bars.set(
			u.id,
			`${u.name} menyatakan konflik kepentingan dengan panti ini dalam ${CONFLICT_BAR_YEARS} tahun terakhir dan belum dapat ditugaskan ke sana (aturan sementara).`
		);
	const linked = db
		.select({ id: users.id, name: users.name })
		.from(users)
		.where(eq(users.pantiId, pantiId))
		.all();
	for (const u of linked)
		bars.set(u.id, `${u.name} terhubung dengan panti ini, jadi tidak boleh menjadi penilainya.`);
	return bars;
}

/** The assessors a picker offers for a visit of `pantiId`: active, and not barred from it. */
export function assignableAssessors(db: Queryable, pantiId: number, now: Date) {
	const bars = assignmentBars(db, pantiId, now);
	return db
		.select({ id: users.id, name: users.name })
		.from(users)
		.where(and(eq(users.role, 'asesor'), eq(users.active, true)))
		.orderBy(asc(users.name))
		.all()
		.filter((u) => !bars.has(u.id));
}

/**
 * Field errors for a proposed team (lead first), or null when every member may serve: active
 * assessors only, none barred from this panti. The error sits on the lead's field when the lead
 * is the one refused, else on the members'.
 */
export function checkTeam(
	db: Queryable,
	pantiId: number,
	team: readonly number[],
	now: Date
): Record<string, string[]> | null {
	const found = db
		.select({ id: users.id })
		.from(users)
		.where(and(inArray(users.id, [...team]), eq(users.role, 'asesor'), eq(users.active, true)))
		.all();
	if (found.length !== new Set(team).size)
		return { leadId: ['Ketua dan anggota tim harus asesor yang aktif.'] };
	const bars = assignmentBars(db, pantiId, now);
	const [lead, ...members] = team;
	if (lead !== undefined && bars.has(lead)) return { leadId: [bars.get(lead)!] };
	const refused = members.flatMap((id) => bars.get(id) ?? []);
	return refused.length > 0 ? { memberIds: refused } : null;
}
