import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { OWNERSHIPS, PANTI_TYPES } from '$lib/domain/panti-types';
import { PROVINCES, REGENCIES } from '../reference/regions-data';
import { testDb } from '../test-support';
import {
	DEMO_PASSWORD as PRINTED_PASSWORD,
	DEMO_USERS as PRINTED_USERS
} from '../../../../scripts/demo-accounts.mjs';
import { DEMO_PASSWORD, DEMO_USERS, demoPanti } from './demo-data';
import { isEmpty, seedDemo } from './demo';
import { panti, regions, users } from './schema';

describe('regions (Kepmendagri 300.2.2-2138/2025)', () => {
	it('has 38 provinces and 514 kab/kota: 416 kabupaten (01–69) and 98 kota (71–99)', () => {
		expect(PROVINCES).toHaveLength(38);
		expect(REGENCIES).toHaveLength(514);
		expect(REGENCIES.filter(([c]) => Number(c.slice(3)) <= 69)).toHaveLength(416);
		expect(REGENCIES.filter(([c]) => Number(c.slice(3)) >= 71)).toHaveLength(98);
		const provinces = new Set(PROVINCES.map(([c]) => c));
		expect(REGENCIES.every(([c]) => provinces.has(c.slice(0, 2)))).toBe(true);
		expect(new Set(REGENCIES.map(([c]) => c)).size).toBe(514);
	});
	it.each([
		['64', 'Kalimantan Timur'],
		['64.08', 'Kabupaten Kutai Timur'],
		['63.71', 'Kota Banjarmasin'],
		['33.20', 'Kabupaten Jepara'],
		['96', 'Papua Barat Daya']
	])('%s is %s', (code, name) => {
		const db = testDb();
		expect(
			db
				.select()
				.from(regions)
				.where(sql`code = ${code}`)
				.get()?.name
		).toBe(name);
	});
});

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
