import { eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import type { Db } from '../db';
import { users } from '../db/schema';
import { audit } from '../audit';
import { passwordHashing, type HashQueue } from './hashing';
import { verifyPassword } from './password';
import { createSession } from './session';
import { attemptKeys, attemptNotMade, attemptSucceeded, reserveAttempt } from './throttle';

export type LoginResult =
	| {
			ok: true;
			token: string;
			expiresAt: Date;
			user: Actor & { readonly mustChangePassword: boolean };
	  }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfterMs: number }
	| { ok: false; reason: 'busy' };

/** What checks the password: the app's hash queue and scrypt; tests pass a fake slow hasher. */
export interface LoginDeps {
	readonly queue: HashQueue;
	readonly verify: (password: string, stored: string) => Promise<boolean>;
}

const APP_DEPS: LoginDeps = { queue: passwordHashing, verify: verifyPassword };

/** A hash verified when the user does not exist, so timing does not reveal which usernames exist. */
const DUMMY_HASH =
	'scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/**
 * Checks credentials. The same message is returned for an unknown user, a wrong password and a
 * deactivated account. Everything up to the hash runs synchronously: the attempt is counted
 * (throttle.ts) and given a place in the hash queue before any other request can run, so
 * attempts made side by side are throttled as if made one after another.
 */
export async function login(
	db: Db,
	username: string,
	password: string,
	ip: string,
	now: Date,
	deps: LoginDeps = APP_DEPS
): Promise<LoginResult> {
	const name = username.trim().toLowerCase();
	const keys = attemptKeys(name, ip);
	const reserved = reserveAttempt(db, keys, now);
	if (!reserved.ok) return { ok: false, reason: 'throttled', retryAfterMs: reserved.retryAfterMs };

	const user = db.select().from(users).where(eq(users.username, name)).get();
	const checking = deps.queue.tryRun(() => deps.verify(password, user?.passwordHash ?? DUMMY_HASH));
	if (!checking) {
		attemptNotMade(db, keys);
		return { ok: false, reason: 'busy' };
	}
	const valid = await checking;
	// A failure stays counted: it was reserved before the hash.
	if (!user || !valid || !user.active) return { ok: false, reason: 'invalid' };
	attemptSucceeded(db, keys);
	const session = createSession(db, user.id, now);
	audit(db, { userId: user.id, action: 'auth.login', entityType: 'user', entityId: user.id });
	return {
		ok: true,
		token: session.token,
		expiresAt: session.expiresAt,
		user: {
			id: user.id,
			role: user.role,
			pantiId: user.pantiId,
			regionCode: user.regionCode,
			mustChangePassword: user.mustChangePassword
		}
	};
}
