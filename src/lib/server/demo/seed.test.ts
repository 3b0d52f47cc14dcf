import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { OWNERSHIPS, PANTI_TYPES } from '$lib/domain/panti/types';
import { panti, users } from '../db/schema';
import { testDb } from '../../../../tests/support/db';
import {
	DEMO_PASSWORD as PRINTED_PASSWORD,
	DEMO_USERS as PRINTED_USERS
} from '../../../../scripts/demo-accounts.mjs';
import { DEMO_PASSWORD, DEMO_USERS, demoPanti } from './data';
import { isEmpty, seedDemo } from './seed';

describe('demo world', () => {
	it('covers ≥ 40 panti in ≥ 6 provinces, every type and ownership, and the named kab/kota', () => {
		const rows = demoPanti();
		expect(rows.length).toBeGreaterThanOrEqual(40);
		expect(new Set(rows.map((p) => p.regionCode.slice(0, 2))).size).toBeGreaterThanOrEqual(6);
		expect(new Set(rows.map((p) => p.type))).toEqual(new Set(PANTI_TYPES));
		expect(new Set(rows.map((p) => p.ownership))).toEqual(new Set(OWNERSHIPS));
		for (const code of ['64.08', '63.71', '33.20'])
			expect(rows.some((p) => p.regionCode === code)).toBe(true);
		expect(rows.every((p) => p.name.includes('Demo'))).toBe(true);
	});

	it('is seeded once, with a head linked to a panti in the right kab/kota', async () => {
		const db = testDb();
		expect(isEmpty(db)).toBe(true);
		await seedDemo(db);
		expect(isEmpty(db)).toBe(false);
		expect(
			db
				.select({ n: sql<number>`count(*)` })
				.from(panti)
				.get()!.n
		).toBe(demoPanti().length);
		const head = db
			.select()
			.from(users)
			.where(sql`username = 'kepala.kutim'`)
			.get()!;
		const own = db
			.select()
			.from(panti)
			.where(sql`id = ${head.pantiId}`)
			.get()!;
		expect(own.regionCode).toBe('64.08');
	}, 30_000);

	it('prints exactly the accounts it creates', () => {
		expect(PRINTED_PASSWORD).toBe(DEMO_PASSWORD);
		expect(PRINTED_USERS.map((u) => u.username)).toEqual(DEMO_USERS.map((u) => u.username));
	});
});
