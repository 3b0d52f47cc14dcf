import { eq } from 'drizzle-orm';
import { canManagePantiIn, type Actor } from '$lib/domain/access';
import { mailConfig } from '../mail/config';
import { notify, pantiRef } from '../notifications/notify';
import { audit } from '../audit';
import type { Db } from '../db';
import { assessments, assessmentTeam, panti, pantiStaff } from '../db/schema';
import { getPanti } from '../panti/detail';
import { currentInstrumentVersions, listInstrumentVersions } from '../rubrics/read';
import { checkTeam } from './team';

export interface NewAssessment {
	readonly pantiId: number;
	readonly kind: 'visit' | 'self';
	readonly instrumentVersionId: number;
	readonly plannedDate: string | null;
	readonly leadId: number;
	readonly memberIds: readonly number[];
}

export type CreateResult =
	| { ok: true; id: number }
	| { ok: false; reason: 'not_found' }
	| { ok: false; reason: 'invalid'; errors: Record<string, string[]> };

/** The profile facts the assessment scores computed indicators from, frozen at creation. */
function snapshot(db: Db, pantiId: number) {
	const p = db.select().from(panti).where(eq(panti.id, pantiId)).get()!;
	const staff = db.select().from(pantiStaff).where(eq(pantiStaff.pantiId, pantiId)).all();
	return {
		capacity: p.capacity,
		currentClients: p.currentClients,
		staff: Object.fromEntries(staff.map((s) => [s.profession, s.count]))
	};
}

/**
 * Creates an assessment: a dinas (or admin) schedules a visit for a panti in scope with a team of
 * assessors; a panti head starts a self-assessment of their own panti and is its only scorer.
 */
export function createAssessment(
	db: Db,
	actor: Actor,
	input: NewAssessment,
	now: Date,
	/** Reconstructing the past (the demo history, tests of old versions): any published version. */
	options: { allowSuperseded?: boolean } = {}
): CreateResult {
	const target = getPanti(db, actor, input.pantiId);
	if (!target) return { ok: false, reason: 'not_found' };
	const isSelf = input.kind === 'self';
	if (
		isSelf
			? actor.role !== 'panti' || actor.pantiId !== target.id
			: !canManagePantiIn(actor, target.regionCode)
	)
		return { ok: false, reason: 'not_found' };
	const offered = options.allowSuperseded
		? listInstrumentVersions(db)
		: currentInstrumentVersions(db);
	if (!offered.some((v) => v.id === input.instrumentVersionId))
		return {
			ok: false,
			reason: 'invalid',
			errors: { instrumentVersionId: ['Pilih versi instrumen yang berlaku.'] }
		};
	// One row per person: the team table is unique on (assessment, user).
	const team = isSelf ? [actor.id] : [...new Set([input.leadId, ...input.memberIds])];
	if (!isSelf) {
		const errors = checkTeam(db, target.id, team, now);
		if (errors) return { ok: false, reason: 'invalid', errors };
	}
	const stamp = now.toISOString();
	const id = db.transaction((tx) => {
		const row = tx
			.insert(assessments)
			.values({
				pantiId: target.id,
				instrumentVersionId: input.instrumentVersionId,
				kind: input.kind,
				pantiType: target.type,
				status: 'draft',
				plannedDate: input.plannedDate,
				profileSnapshot: snapshot(db, target.id),
				createdBy: actor.id,
				createdAt: stamp,
				updatedAt: stamp
			})
			.returning({ id: assessments.id })
			.get();
		team.forEach((userId, k) =>
			tx
				.insert(assessmentTeam)
				.values({ assessmentId: row.id, userId, role: k === 0 ? 'lead' : 'member' })
				.run()
		);
		audit(tx, {
			userId: actor.id,
			action: 'assessment.create',
			entityType: 'assessment',
			entityId: row.id,
			after: {
				pantiId: target.id,
				kind: input.kind,
				instrumentVersionId: input.instrumentVersionId,
				plannedDate: input.plannedDate,
				team
			}
		});
		if (!isSelf)
			notify(
				tx,
				{
					kind: 'assigned',
					assessmentId: row.id,
					panti: pantiRef(tx, target.id),
					added: team.map((userId, k) => ({ userId, lead: k === 0 })),
					plannedDate: input.plannedDate
				},
				mailConfig(),
				now
			);
		return row.id;
	});
	return { ok: true, id };
}
