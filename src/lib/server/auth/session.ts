import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, ne } from 'drizzle-orm';
import type { Db, Queryable } from '../db';
import { sessions, users } from '../db/schema';

/** Sessions last 12 hours, and are extended when used in their second half (sliding expiry). */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const SESSION_COOKIE = 'siap_session';

export type SessionUser = Pick<
	typeof users.$inferSelect,
	'id' | 'username' | 'name' | 'role' | 'regionCode' | 'pantiId' | 'mustChangePassword'
>;

export type SessionValidation =
	{ ok: true; user: SessionUser; expiresAt: Date; refreshed: boolean } | { ok: false };

export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** Creates a session and returns the cookie token; only its hash is stored. */
export function createSession(
	db: Db,
	userId: number,
	now: Date
): { token: string; expiresAt: Date } {
	const token = randomBytes(32).toString('base64url');
	const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
	db.insert(sessions)
		.values({ id: hashToken(token), userId, expiresAt: expiresAt.toISOString() })
		.run();
	return { token, expiresAt };
}

/** Resolves a cookie token to an active user, deleting expired sessions it meets. */
export function validateSession(db: Db, token: string, now: Date): SessionValidation {
	const id = hashToken(token);
	const row = db
		.select({
			expiresAt: sessions.expiresAt,
			active: users.active,
			user: {
				id: users.id,
				username: users.username,
				name: users.name,
				role: users.role,
				regionCode: users.regionCode,
				pantiId: users.pantiId,
				mustChangePassword: users.mustChangePassword
			}
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(eq(sessions.id, id))
		.get();
	if (!row) return { ok: false };
	const expiresAt = new Date(row.expiresAt);
	if (expiresAt <= now || !row.active) {
		db.delete(sessions).where(eq(sessions.id, id)).run();
		return { ok: false };
	}
	if (expiresAt.getTime() - now.getTime() < SESSION_TTL_MS / 2) {
		const renewed = new Date(now.getTime() + SESSION_TTL_MS);
		db.update(sessions).set({ expiresAt: renewed.toISOString() }).where(eq(sessions.id, id)).run();
		return { ok: true, user: row.user, expiresAt: renewed, refreshed: true };
	}
	return { ok: true, user: row.user, expiresAt, refreshed: false };
}

export function invalidateSession(db: Db, token: string): void {
	db.delete(sessions)
		.where(eq(sessions.id, hashToken(token)))
		.run();
}

/** Ends every session of a user (on deactivation or password change). */
export function invalidateUserSessions(db: Queryable, userId: number): void {
	db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

/** Ends every other session of a user, keeping the one whose cookie token is `keepToken`. */
export function invalidateOtherSessions(db: Queryable, userId: number, keepToken: string): void {
	db.delete(sessions)
		.where(and(eq(sessions.userId, userId), ne(sessions.id, hashToken(keepToken))))
		.run();
}

export function deleteExpiredSessions(db: Db, now: Date): void {
	db.delete(sessions)
		.where(and(lt(sessions.expiresAt, now.toISOString())))
		.run();
}
