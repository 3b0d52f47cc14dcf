import { eq, sql } from 'drizzle-orm';
import type { OwnProfileInput } from '$lib/domain/users/form';
import { audit } from '../audit';
import type { Db, Queryable } from '../db';
import { users } from '../db/schema';

/** The profile fields a user keeps themselves (their NIP and jabatan, printed when they sign). */
export function ownProfile(db: Queryable, userId: number) {
	return db
		.select({ nip: users.nip, position: users.position })
		.from(users)
		.where(eq(users.id, userId))
		.get()!;
}

/**
 * Saves the user's own NIP and jabatan. Certificates already finalized keep the signatory frozen
 * in them; only later finalizations print the new values.
 */
export function updateOwnProfile(db: Db, userId: number, input: OwnProfileInput, now: Date): void {
	db.transaction((tx) => {
		const before = ownProfile(tx, userId);
		tx.update(users)
			.set({
				nip: input.nip,
				position: input.position,
				version: sql`${users.version} + 1`,
				updatedAt: now.toISOString()
			})
			.where(eq(users.id, userId))
			.run();
		audit(tx, {
			userId,
			action: 'user.profile',
			entityType: 'user',
			entityId: userId,
			before,
			after: { nip: input.nip, position: input.position }
		});
	});
}
