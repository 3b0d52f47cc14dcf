import { eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import type { Db } from '../db';
import { users } from '../db/schema';
import { audit } from '../audit';
import { verifyPassword } from './password';
import { createSession } from './session';
import { clearFailures, lockedFor, recordFailure, throttleKeys } from './throttle';

export type LoginResult =
	| { ok: true; token: string; expiresAt: Date; user: Actor }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'locked'; retryAfterMs: number };

/** A hash verified when the user does not exist, so timing does not reveal which usernames exist. */
const DUMMY_HASH =
	'scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/**
 * Checks credentials with rate limiting per account and per address. The same message is
 * returned for an unknown user, a wrong password and a deactivated account.
 */
export async function login(
	db: Db,
	username: string,
	password: string,
	ip: string,
	now: Date
): Promise<LoginResult> {
	const keys = throttleKeys(username, ip);
	const wait = lockedFor(db, [keys.user, keys.ip], now);
	if (wait > 0) return { ok: false, reason: 'locked', retryAfterMs: wait };

	const user = db
		.select()
		.from(users)
		.where(eq(users.username, username.trim().toLowerCase()))
		.get();
	const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
	if (!user || !valid || !user.active) {
		recordFailure(db, keys, now);
		return { ok: false, reason: 'invalid' };
	}
	clearFailures(db, keys.user);
	const session = createSession(db, user.id, now);
	audit(db, { userId: user.id, action: 'auth.login', entityType: 'user', entityId: user.id });
	return {
		ok: true,
		token: session.token,
		expiresAt: session.expiresAt,
		user: { id: user.id, role: user.role, pantiId: user.pantiId, regionCode: user.regionCode }
	};
}
