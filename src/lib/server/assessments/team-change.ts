/**
 * The Dinas of the scope (or an admin) changes a visit's team while scoring is open: a new lead,
 * members added or removed. Needed because a declared conflict of interest takes a member off the
 * team, the lead too. A removed member's own sheet stays in item_scores as the record of what they
 * scored, but no longer counts: consolidation, results and every view read the team.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import { mailConfig } from '../mail/config';
import { notify, pantiRef } from '../notifications/notify';
import { audit } from '../audit';
import type { Db, Queryable } from '../db';
import { assessments, assessmentTeam, conflictDeclarations, users } from '../db/schema';
import { isOpenStatus, type AssessmentAccess } from './access';
import { checkTeam } from './team';
import { teamOf } from './view';

export interface TeamInput {
	readonly leadId: number;
	readonly memberIds: readonly number[];
	/** The assessment's version the form was loaded with (optimistic concurrency). */
	readonly version: number;
}

export type TeamChangeResult =
	| { ok: true }
	| { ok: false; reason: 'forbidden' | 'closed' | 'stale' }
	| { ok: false; reason: 'invalid'; errors: Record<string, string[]> };

/** Who may change the team: the reviewers of the visit (Dinas of its region, admin). */
export function mayChangeTeam(access: AssessmentAccess): boolean {
	return access.canReview && isOpenStatus(access.assessment.status);
}

export function changeTeam(
	db: Db,
	actor: Actor,
	access: AssessmentAccess,
	input: TeamInput,
	now: Date
): TeamChangeResult {
	if (!access.canReview) return { ok: false, reason: 'forbidden' };
	const id = access.assessment.id;
	const team = [...new Set([input.leadId, ...input.memberIds])];
	const errors = checkTeam(db, access.assessment.pantiId, team, now);
	if (errors) return { ok: false, reason: 'invalid', errors };
	return db.transaction((tx) => {
		const row = tx
			.select({ status: assessments.status, version: assessments.version })
			.from(assessments)
			.where(eq(assessments.id, id))
			.get()!;
		if (!isOpenStatus(row.status)) return { ok: false, reason: 'closed' } as const;
		if (row.version !== input.version) return { ok: false, reason: 'stale' } as const;
		// Names beside ids: the history page shows these entries to people.
		const named = () => teamOf(tx, id).map((m) => ({ userId: m.id, name: m.name, role: m.role }));
		const before = named();
		// Only the team rows change: a removed member's item_scores stay as the record.
		tx.delete(assessmentTeam).where(eq(assessmentTeam.assessmentId, id)).run();
		team.forEach((userId, k) =>
			tx
				.insert(assessmentTeam)
				.values({ assessmentId: id, userId, role: k === 0 ? 'lead' : 'member' })
				.run()
		);
		tx.update(assessments)
			.set({ updatedAt: now.toISOString(), version: sql`${assessments.version} + 1` })
			.where(eq(assessments.id, id))
			.run();
		audit(tx, {
			userId: actor.id,
			action: 'assessment.team',
			entityType: 'assessment',
			entityId: id,
			before: { team: before },
			after: { team: named() }
		});
		const was = new Set(before.map((m) => m.userId));
		notify(
			tx,
			{
				kind: 'assigned',
				assessmentId: id,
				panti: pantiRef(tx, access.assessment.pantiId),
				added: team
					.map((userId, k) => ({ userId, lead: k === 0 }))
					.filter((m) => !was.has(m.userId)),
				plannedDate: access.assessment.plannedDate
			},
			mailConfig(),
			now
		);
		return { ok: true } as const;
	});
}

/**
 * What the Dinas must know about the team: whether the visit has lost its lead, and who declared
 * a conflict of interest (latest first) and so left the team.
 */
export function teamNotice(db: Queryable, assessmentId: number) {
	const conflicts = db
		.select({ userId: conflictDeclarations.userId, name: users.name })
		.from(conflictDeclarations)
		.innerJoin(users, eq(users.id, conflictDeclarations.userId))
		.where(
			and(
				eq(conflictDeclarations.assessmentId, assessmentId),
				sql`json_array_length(${conflictDeclarations.grounds}) > 0`
			)
		)
		.orderBy(desc(conflictDeclarations.id))
		.all();
	const hasLead = db
		.select({ userId: assessmentTeam.userId })
		.from(assessmentTeam)
		.where(and(eq(assessmentTeam.assessmentId, assessmentId), eq(assessmentTeam.role, 'lead')))
		.get();
	return { withoutLead: !hasLead, conflicts: conflicts.map((c) => c.name) };
}
