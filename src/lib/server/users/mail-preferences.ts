/** A user's own mail preferences (issue 19): where notices are mailed and which kinds. */
import { eq, sql } from 'drizzle-orm';
import type { MailPreferences } from '$lib/domain/notifications/mail-preferences';
import { audit } from '../audit';
import type { Db, Queryable } from '../db';
import { users } from '../db/schema';

export function mailPreferences(db: Queryable, userId: number): MailPreferences {
	return db
		.select({ email: users.email, kinds: users.emailKinds })
		.from(users)
		.where(eq(users.id, userId))
		.get()!;
}

/**
 * Saves them, audited. Mail already queued keeps the address it was queued for: it tells of
 * something that happened while that was the user's choice.
 */
export function updateMailPreferences(
	db: Db,
	userId: number,
	input: MailPreferences,
	now: Date
): void {
	db.transaction((tx) => {
		const before = mailPreferences(tx, userId);
		tx.update(users)
			.set({
				email: input.email,
				emailKinds: input.kinds,
				version: sql`${users.version} + 1`,
				updatedAt: now.toISOString()
			})
			.where(eq(users.id, userId))
			.run();
		audit(tx, {
			userId,
			action: 'user.mail-preferences',
			entityType: 'user',
			entityId: userId,
			before,
			after: input
		});
	});
}
