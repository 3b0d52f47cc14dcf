import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '$lib/domain/access';
import type { ProfileSnapshot } from '$lib/domain/engine';
import { wholeNumber } from '$lib/domain/input/form-fields';
import { PROFESSIONS, PROFESSION_LABELS } from '$lib/domain/panti/types';
import { audit } from '../audit';
import type { Db } from '../db';
import { assessments } from '../db/schema';
import { isOpenStatus, type AssessmentAccess } from './access';

/** The profile facts a team may correct for this assessment (the panti's own record is untouched). */
export const snapshotSchema = z.object({
	capacity: wholeNumber('Kapasitas', 100_000),
	currentClients: wholeNumber('Jumlah klien', 100_000),
	staff: z.object(
		Object.fromEntries(PROFESSIONS.map((p) => [p, wholeNumber(PROFESSION_LABELS[p], 10_000)]))
	)
});

export type SnapshotResult = { ok: true } | { ok: false; message: string };

export function correctSnapshot(
	db: Db,
	actor: Actor,
	access: AssessmentAccess,
	next: ProfileSnapshot,
	now: Date
): SnapshotResult {
	if (!access.canScore) return { ok: false, message: 'Penilaian ini tidak dapat diubah lagi.' };
	const id = access.assessment.id;
	return db.transaction((tx) => {
		const row = tx
			.select({ status: assessments.status, snapshot: assessments.profileSnapshot })
			.from(assessments)
			.where(eq(assessments.id, id))
			.get()!;
		if (!isOpenStatus(row.status)) return { ok: false, message: 'Penilaian ini sudah dikunci.' };
		tx.update(assessments)
			.set({ profileSnapshot: next, updatedAt: now.toISOString() })
			.where(eq(assessments.id, id))
			.run();
		audit(tx, {
			userId: actor.id,
			action: 'assessment.snapshot',
			entityType: 'assessment',
			entityId: id,
			before: row.snapshot,
			after: next
		});
		return { ok: true };
	});
}
