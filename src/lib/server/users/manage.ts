import { and, asc, eq } from 'drizzle-orm';
import { passwordProblem } from '$lib/domain/auth/password-policy';
import { scopeOf, type UserCreateInput, type UserEditInput } from '$lib/domain/users/form';
import { passwordHashing } from '../auth/hashing';
import { hashPassword } from '../auth/password';
import { invalidateUserSessions } from '../auth/session';
import { audit } from '../audit';
import type { Db, Queryable } from '../db';
import { isUniqueViolation } from '../db/errors';
import { panti, regions, users } from '../db/schema';

export type UserSaveResult =
	| { ok: true; id: number }
	| { ok: false; reason: 'not_found' }
	| { ok: false; reason: 'stale' }
	/** The password hash queue is full (hashing.ts): nothing was saved. */
	| { ok: false; reason: 'busy' }
	| { ok: false; reason: 'invalid'; errors: Record<string, string[]> };

/** Public view of a user: never the password hash. */
const publicColumns = {
	id: users.id,
	username: users.username,
	name: users.name,
	role: users.role,
	regionCode: users.regionCode,
	pantiId: users.pantiId,
	nip: users.nip,
	position: users.position,
	active: users.active,
	mustChangePassword: users.mustChangePassword,
	version: users.version,
	updatedAt: users.updatedAt
};

export function listUsers(db: Queryable) {
	return db
		.select({ ...publicColumns, regionName: regions.name, pantiName: panti.name })
		.from(users)
		.leftJoin(regions, eq(regions.code, users.regionCode))
		.leftJoin(panti, eq(panti.id, users.pantiId))
		.orderBy(asc(users.role), asc(users.username))
		.all();
}

export function getUser(db: Queryable, id: number) {
	return db.select(publicColumns).from(users).where(eq(users.id, id)).get() ?? null;
}

function checkScope(
	db: Queryable,
	scope: ReturnType<typeof scopeOf>
): Record<string, string[]> | null {
	if (
		scope.regionCode &&
		!db.select().from(regions).where(eq(regions.code, scope.regionCode)).get()
	)
		return { regionCode: ['Wilayah tidak dikenal.'] };
	if (
		scope.pantiId !== null &&
		!db.select({ id: panti.id }).from(panti).where(eq(panti.id, scope.pantiId)).get()
	)
		return { pantiId: ['Panti tidak ditemukan.'] };
	return null;
}

const USERNAME_TAKEN = { username: ['Nama pengguna sudah dipakai.'] };

/**
 * Creates an account. The username check runs before the (slow) password hash for a quick
 * answer, but two admins creating the same name at once both pass it; the UNIQUE index then
 * refuses the second insert, and that refusal is the same field error, not a 500.
 */
export async function createUser(
	db: Db,
	actorId: number,
	input: UserCreateInput
): Promise<UserSaveResult> {
	const scope = scopeOf(input);
	const scopeErrors = checkScope(db, scope);
	if (scopeErrors) return { ok: false, reason: 'invalid', errors: scopeErrors };
	if (db.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get())
		return { ok: false, reason: 'invalid', errors: USERNAME_TAKEN };
	const hashing = passwordHashing.tryRun(() => hashPassword(input.password));
	if (!hashing) return { ok: false, reason: 'busy' };
	const passwordHash = await hashing;
	try {
		const id = db.transaction((tx) => {
			const row = tx
				.insert(users)
				.values({
					username: input.username,
					name: input.name,
					role: input.role,
					...scope,
					nip: input.nip ?? null,
					position: input.position ?? null,
					passwordHash,
					// The admin chose it: the user sets their own at first sign-in.
					mustChangePassword: true,
					active: true
				})
				.returning({ id: users.id })
				.get();
			audit(tx, {
				userId: actorId,
				action: 'user.create',
				entityType: 'user',
				entityId: row.id,
				after: getUser(tx, row.id)
			});
			return row.id;
		});
		return { ok: true, id };
	} catch (err) {
		if (isUniqueViolation(err, 'users.username'))
			return { ok: false, reason: 'invalid', errors: USERNAME_TAKEN };
		throw err;
	}
}

/**
 * Edits a user's name, role, scope and optionally password. A new password, role, region or panti
 * ends every session of the user: whatever a signed-in browser, an offline copy or an open form
 * was granted under the old powers must be asked for again under the new ones.
 */
export async function updateUser(
	db: Db,
	actorId: number,
	id: number,
	input: UserEditInput
): Promise<UserSaveResult> {
	const before = getUser(db, id);
	if (!before) return { ok: false, reason: 'not_found' };
	if (id === actorId && input.role !== 'admin')
		return {
			ok: false,
			reason: 'invalid',
			errors: { role: ['Anda tidak dapat menurunkan peran akun Anda sendiri.'] }
		};
	const scope = scopeOf(input);
	const scopeErrors = checkScope(db, scope);
	if (scopeErrors) return { ok: false, reason: 'invalid', errors: scopeErrors };
	const password = input.password;
	const problem = password ? passwordProblem(password, before.username) : null;
	if (problem) return { ok: false, reason: 'invalid', errors: { password: [problem] } };
	const hashing = password ? passwordHashing.tryRun(() => hashPassword(password)) : undefined;
	if (hashing === null) return { ok: false, reason: 'busy' };
	const passwordHash = hashing ? await hashing : undefined;
	return db.transaction((tx) => {
		const row = tx
			.update(users)
			.set({
				name: input.name,
				role: input.role,
				...scope,
				nip: input.nip,
				position: input.position,
				// A password set by someone else is a reset: its owner must replace it at next sign-in.
				...(passwordHash ? { passwordHash, mustChangePassword: id !== actorId } : {}),
				version: input.version + 1,
				updatedAt: new Date().toISOString()
			})
			.where(and(eq(users.id, id), eq(users.version, input.version)))
			.returning({ id: users.id })
			.get();
		if (!row) return { ok: false, reason: 'stale' } as const;
		const powersChanged =
			before.role !== input.role ||
			before.regionCode !== scope.regionCode ||
			before.pantiId !== scope.pantiId;
		if (passwordHash || powersChanged) invalidateUserSessions(tx, id);
		const after = getUser(tx, id);
		audit(tx, {
			userId: actorId,
			action: 'user.update',
			entityType: 'user',
			entityId: id,
			before,
			after: {
				...after,
				passwordChanged: Boolean(passwordHash),
				sessionsEnded: Boolean(passwordHash) || powersChanged
			}
		});
		return { ok: true, id } as const;
	});
}

/** Activates or deactivates an account; either change ends every session of the user at once. */
export function setUserActive(
	db: Db,
	actorId: number,
	id: number,
	active: boolean
): UserSaveResult {
	const before = getUser(db, id);
	if (!before) return { ok: false, reason: 'not_found' };
	if (id === actorId && !active)
		return {
			ok: false,
			reason: 'invalid',
			errors: { active: ['Anda tidak dapat menonaktifkan akun Anda sendiri.'] }
		};
	return db.transaction((tx) => {
		tx.update(users)
			.set({ active, version: before.version + 1, updatedAt: new Date().toISOString() })
			.where(eq(users.id, id))
			.run();
		if (active !== before.active) invalidateUserSessions(tx, id);
		audit(tx, {
			userId: actorId,
			action: active ? 'user.activate' : 'user.deactivate',
			entityType: 'user',
			entityId: id,
			before: { active: before.active },
			after: { active }
		});
		return { ok: true, id } as const;
	});
}

/** Panti that a head can be linked to, for the user form's picker. */
export function pantiChoices(db: Queryable) {
	return db.select({ id: panti.id, name: panti.name }).from(panti).orderBy(asc(panti.name)).all();
}
