import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { PROVINCES, REGENCIES } from '../reference/regions-data';
import { testDb } from '../../../../tests/support/db';
import { regions } from './schema';

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
