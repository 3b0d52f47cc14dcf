/**
 * The visit record (design.md §7): the lead writes the actual dates and who was present while
 * scoring is open; the report and certificate print it. Saved under optimistic concurrency on the
 * assessment row, audited; the finalization trigger freezes it with the rest.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import type { VisitRecord } from '$lib/domain/assessment/review';
import { MAX_ATTENDEES } from '$lib/domain/assessment/visit-record';
import { audit } from '../audit';
import type { Db, Queryable } from '../db';
import { assessments, users } from '../db/schema';
import { textField, textFields } from '../forms';
import { isOpenStatus, type AssessmentAccess } from './access';

export type SaveVisitResult =
	{ ok: true; version: number } | { ok: false; reason: 'forbidden' | 'closed' | 'stale' };

/** Who may write the record: the lead of a visit (self-assessments have no visit). */
export function mayRecordVisit(access: AssessmentAccess): boolean {
	return access.isLead && access.assessment.kind === 'visit';
}

/**
 * The posted form as the schema reads it: rows `present.N.name` / `present.N.position`, a row
 * left blank on both is an unused row, not an error. Rows past twice the limit are not read.
 */
export function visitRecordInput(data: FormData) {
	const present: { name: string; position: string }[] = [];
	for (let n = 0; n < MAX_ATTENDEES * 2; n++) {
		const name = textField(data, `present.${n}.name`) ?? '';
		const position = textField(data, `present.${n}.position`) ?? '';
		if (name.trim() || position.trim()) present.push({ name, position });
	}
	return {
		startedOn: textField(data, 'startedOn'),
		endedOn: textField(data, 'endedOn'),
		present,
		teamPresent: textFields(data, 'teamPresent')
	};
}

/**
 * Writes the record if `expectedVersion` is still the assessment's version: a second tab or a
 * status change meanwhile is refused ('stale'), never overwritten. Only while scoring is open.
 */
export function saveVisitRecord(
	db: Db,
	actor: Actor,
	access: AssessmentAccess,
	expectedVersion: number,
	record: VisitRecord,
	now: Date
): SaveVisitResult {
	if (!mayRecordVisit(access)) return { ok: false, reason: 'forbidden' };
	const id = access.assessment.id;
	return db.transaction((tx) => {
		const row = tx
			.select({
				status: assessments.status,
				version: assessments.version,
				visitRecord: assessments.visitRecord
			})
			.from(assessments)
			.where(eq(assessments.id, id))
			.get()!;
		if (!isOpenStatus(row.status)) return { ok: false, reason: 'closed' } as const;
		if (row.version !== expectedVersion) return { ok: false, reason: 'stale' } as const;
		tx.update(assessments)
			.set({
				visitRecord: record,
				updatedAt: now.toISOString(),
				version: sql`${assessments.version} + 1`
			})
			.where(and(eq(assessments.id, id), eq(assessments.version, expectedVersion)))
			.run();
		audit(tx, {
			userId: actor.id,
			action: 'assessment.visit_record',
			entityType: 'assessment',
			entityId: id,
			before: row.visitRecord,
			after: record
		});
		return { ok: true, version: expectedVersion + 1 } as const;
	});
}

/** The names of the team members a record lists, in its order (a member removed since keeps their name). */
export function teamPresentNames(db: Queryable, record: VisitRecord): string[] {
	if (record.teamPresent.length === 0) return [];
	const rows = db
		.select({ id: users.id, name: users.name })
		.from(users)
		.where(inArray(users.id, [...record.teamPresent]))
		.all();
	const names = new Map(rows.map((r) => [r.id, r.name]));
	return record.teamPresent.flatMap((id) => names.get(id) ?? []);
}
