/**
 * Conflict-of-interest declarations (design.md §7): every member of a visit's team declares before
 * scoring. "No conflict" opens the sheet; a declared conflict takes the member off the team in the
 * same transaction (their sheet no longer counts) and stays on record for the Dinas.
 */
import { and, eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import type { Declaration } from '$lib/domain/assessment/conflict';
import { audit } from '../audit';
import type { Db } from '../db';
import { assessmentTeam, conflictDeclarations } from '../db/schema';
import { isOpenStatus, statusOf, type AssessmentAccess } from './access';

export type DeclareResult = { ok: true; conflict: boolean } | { ok: false; message: string };

/** Records the actor's declaration; on a conflict, removes them from the team. Audited. */
export function declare(
	db: Db,
	actor: Actor,
	access: AssessmentAccess,
	declaration: Declaration,
	now: Date
): DeclareResult {
	const a = access.assessment;
	if (a.kind !== 'visit' || access.teamRole === null)
		return { ok: false, message: 'Hanya anggota tim visitasi yang membuat pernyataan ini.' };
	return db.transaction((tx) => {
		if (!isOpenStatus(statusOf(tx, a.id)))
			return {
				ok: false,
				message: 'Penilaian ini sudah diajukan; pernyataan tidak diperlukan lagi.'
			};
		const grounds = declaration.statement === 'ada' ? declaration.grounds : [];
		const detail = declaration.statement === 'ada' ? (declaration.detail ?? '') : '';
		tx.insert(conflictDeclarations)
			.values({
				assessmentId: a.id,
				pantiId: a.pantiId,
				userId: actor.id,
				grounds,
				detail,
				declaredAt: now.toISOString()
			})
			.run();
		if (grounds.length > 0)
			tx.delete(assessmentTeam)
				.where(and(eq(assessmentTeam.assessmentId, a.id), eq(assessmentTeam.userId, actor.id)))
				.run();
		audit(tx, {
			userId: actor.id,
			action: grounds.length ? 'conflict.declared' : 'conflict.none',
			entityType: 'assessment',
			entityId: a.id,
			after: { grounds, detail, role: access.teamRole }
		});
		return { ok: true, conflict: grounds.length > 0 };
	});
}
