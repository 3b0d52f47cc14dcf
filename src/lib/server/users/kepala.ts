/**
 * Kepala panti accounts managed by a Dinas Sosial (and the admin): only role `panti` accounts,
 * only for panti in the actor's region. Creating and resetting go through the admin's own
 * `createUser` / `updateUser`, so the password policy, hashing, sessions and audit are the same.
 */
import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import type { UserCreateInput } from '$lib/domain/users/form';
import type { Db, Queryable } from '../db';
import { panti, regions, users } from '../db/schema';
import { withScope } from '../scope';
import { createUser, updateUser, type UserSaveResult } from './manage';

export const ACCOUNT_LIMIT = 50;
export const PICKER_LIMIT = 20;

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;

/** A panti of the actor's scope by id (the picker's choice), or null. */
export function scopedPanti(db: Queryable, actor: Actor, id: number) {
	return (
		db
			.select({ id: panti.id, name: panti.name, regionName: regions.name })
			.from(panti)
			.innerJoin(regions, eq(regions.code, panti.regionCode))
			.where(withScope(actor, eq(panti.id, id)))
			.get() ?? null
	);
}

/** Panti of the scope whose name holds `q`: the searchable picker (10,000 panti never listed). */
export function searchPanti(db: Queryable, actor: Actor, q: string) {
	return db
		.select({ id: panti.id, name: panti.name, regionName: regions.name })
		.from(panti)
		.innerJoin(regions, eq(regions.code, panti.regionCode))
		.where(withScope(actor, sql`${panti.name} like ${like(q)} escape '\\'`))
		.orderBy(asc(panti.name), asc(panti.id))
		.limit(PICKER_LIMIT)
		.all();
}

const accountColumns = {
	id: users.id,
	username: users.username,
	name: users.name,
	active: users.active,
	mustChangePassword: users.mustChangePassword,
	version: users.version,
	pantiId: panti.id,
	pantiName: panti.name,
	regionName: regions.name
};

/** Kepala accounts of the scope's panti, searched by username, name or panti name. */
export function kepalaAccounts(db: Queryable, actor: Actor, q = '') {
	const search = q
		? or(
				sql`${users.username} like ${like(q)} escape '\\'`,
				sql`${users.name} like ${like(q)} escape '\\'`,
				sql`${panti.name} like ${like(q)} escape '\\'`
			)
		: undefined;
	return db
		.select(accountColumns)
		.from(users)
		.innerJoin(panti, eq(panti.id, users.pantiId))
		.innerJoin(regions, eq(regions.code, panti.regionCode))
		.where(withScope(actor, and(eq(users.role, 'panti'), search)))
		.orderBy(asc(panti.name), asc(users.username))
		.limit(ACCOUNT_LIMIT)
		.all();
}

/** One kepala account of the scope, or null: any other account looks like a missing one. */
export function kepalaAccount(db: Queryable, actor: Actor, userId: number) {
	return (
		db
			.select(accountColumns)
			.from(users)
			.innerJoin(panti, eq(panti.id, users.pantiId))
			.innerJoin(regions, eq(regions.code, panti.regionCode))
			.where(withScope(actor, and(eq(users.role, 'panti'), eq(users.id, userId))))
			.get() ?? null
	);
}

/**
 * Creates a kepala account for a panti of the scope. The role is forced here, whatever the
 * form said: a Dinas never creates an admin, Dinas or assessor account.
 */
export async function createKepala(
	db: Db,
	actor: Actor,
	input: Omit<UserCreateInput, 'role' | 'regionCode'>
): Promise<UserSaveResult> {
	const pantiId = Number(input.pantiId);
	if (!Number.isInteger(pantiId) || !scopedPanti(db, actor, pantiId))
		return { ok: false, reason: 'invalid', errors: { pantiId: ['Pilih panti di wilayah Anda.'] } };
	return createUser(db, actor.id, { ...input, role: 'panti', pantiId: String(pantiId) });
}

/**
 * Sets a new temporary password on a kepala account of the scope; its owner must replace it at
 * the next sign-in and every open session ends (`updateUser`). `not_found` outside the scope.
 */
export async function resetKepala(
	db: Db,
	actor: Actor,
	userId: number,
	password: string,
	version: number
): Promise<UserSaveResult> {
	const account = kepalaAccount(db, actor, userId);
	if (!account) return { ok: false, reason: 'not_found' };
	return updateUser(db, actor.id, userId, {
		name: account.name,
		role: 'panti',
		pantiId: String(account.pantiId),
		password,
		version
	});
}
