import { eq } from 'drizzle-orm';
import { passwordProblem } from '$lib/domain/auth/password-policy';
import { audit } from '../audit';
import type { Db } from '../db';
import { users } from '../db/schema';
import { passwordHashing, type HashQueue } from './hashing';
import { hashPassword, verifyPassword } from './password';
import { invalidateOtherSessions } from './session';
import { attemptKeys, attemptNotMade, attemptSucceeded, reserveAttempt } from './throttle';

export interface PasswordChange {
	readonly current: string;
	readonly next: string;
}

export type ChangePasswordResult =
	| { ok: true }
	| { ok: false; reason: 'invalid'; errors: Record<string, string[]> }
	| { ok: false; reason: 'throttled'; retryAfterMs: number }
	| { ok: false; reason: 'busy' };

export interface ChangePasswordDeps {
	readonly queue: HashQueue;
	readonly verify: (password: string, stored: string) => Promise<boolean>;
	readonly hash: (password: string) => Promise<string>;
}

const APP_DEPS: ChangePasswordDeps = {
	queue: passwordHashing,
	verify: verifyPassword,
	hash: hashPassword
};

/**
 * The signed-in user replaces their own password. The current one is asked for (a session left
 * open on a shared tablet must not be enough to take the account) and its check is throttled like
 * a sign-in, from the same counters. The new one meets the policy; success clears the forced
 * change and ends the user's other sessions, keeping this one (`sessionToken`).
 */
export async function changeOwnPassword(
	db: Db,
	userId: number,
	sessionToken: string,
	change: PasswordChange,
	ip: string,
	now: Date,
	deps: ChangePasswordDeps = APP_DEPS
): Promise<ChangePasswordResult> {
	const user = db.select().from(users).where(eq(users.id, userId)).get();
	if (!user) return { ok: false, reason: 'invalid', errors: {} };
	const problem = passwordProblem(change.next, user.username);
	if (problem) return { ok: false, reason: 'invalid', errors: { newPassword: [problem] } };
	if (change.next === change.current)
		return {
			ok: false,
			reason: 'invalid',
			errors: { newPassword: ['Kata sandi baru harus berbeda dari kata sandi sekarang.'] }
		};

	const keys = attemptKeys(user.username, ip);
	const reserved = reserveAttempt(db, keys, now);
	if (!reserved.ok) return { ok: false, reason: 'throttled', retryAfterMs: reserved.retryAfterMs };
	const checking = deps.queue.tryRun(() => deps.verify(change.current, user.passwordHash));
	if (!checking) {
		attemptNotMade(db, keys);
		return { ok: false, reason: 'busy' };
	}
	if (!(await checking))
		return {
			ok: false,
			reason: 'invalid',
			errors: { currentPassword: ['Kata sandi sekarang salah.'] }
		};
	attemptSucceeded(db, keys);
	const hashing = deps.queue.tryRun(() => deps.hash(change.next));
	if (!hashing) return { ok: false, reason: 'busy' };
	const passwordHash = await hashing;
	db.transaction((tx) => {
		tx.update(users)
			.set({
				passwordHash,
				mustChangePassword: false,
				version: user.version + 1,
				updatedAt: now.toISOString()
			})
			.where(eq(users.id, userId))
			.run();
		invalidateOtherSessions(tx, userId, sessionToken);
		audit(tx, {
			userId,
			action: 'user.password_change',
			entityType: 'user',
			entityId: userId,
			before: { mustChangePassword: user.mustChangePassword },
			after: { mustChangePassword: false }
		});
	});
	return { ok: true };
}
