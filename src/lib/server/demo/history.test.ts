import { beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import { assessmentResults } from '../assessments/results';
import { loadCatalog } from '../rubrics/files';
import { syncCatalog } from '../rubrics/registry';
import type { Db } from '../db/index';
import {
	assessments,
	assessmentTeam,
	auditLog,
	instrumentVersions,
	panti,
	users
} from '../db/schema';
import { testDb } from '../../../../tests/support/db';
import { DEMO_USERS, demoPanti } from './data';
import { seedDemo } from './seed';
import { DEMO_HISTORY, seedDemoHistory } from './history';

const TODAY = '2026-11-23';

const headPanti = (username: string) =>
	DEMO_USERS.find((u) => u.username === username)!.pantiIndex!;

describe('demo history', () => {
	let db: Db;
	let count: number;

	// One seeded world for every check: the scrypt hashing of the demo accounts is slow on purpose.
	beforeAll(async () => {
		db = testDb();
		syncCatalog(db, loadCatalog());
		await seedDemo(db);
		count = seedDemoHistory(db).assessments;
	}, 60_000);

	const finalized = () =>
		db
			.select({ a: assessments, type: panti.type, name: panti.name })
			.from(assessments)
			.innerJoin(panti, eq(panti.id, assessments.pantiId))
			.where(eq(assessments.status, 'finalized'))
			.orderBy(asc(assessments.createdAt))
			.all();

	it('finalizes every planned assessment, for about half of the panti, in every grade', () => {
		const rows = finalized();
		expect(count).toBe(DEMO_HISTORY.length);
		expect(rows).toHaveLength(DEMO_HISTORY.length);
		const withHistory = new Set(rows.map((r) => r.a.pantiId)).size;
		expect(withHistory).toBeGreaterThanOrEqual(demoPanti().length / 2 - 2);
		expect(new Set(rows.map((r) => r.a.grade))).toEqual(new Set(['A', 'B', 'C', 'TT']));
		expect(
			rows.filter((r) => r.a.grade === 'TT').every((r) => r.a.certificateNumber === null)
		).toBe(true);
	});

	it("gives the Kutai Timur head's panti two, the newer on instrument 2.0.0", () => {
		const head = db.select().from(users).where(eq(users.username, 'kepala.kutim')).get()!;
		const own = finalized().filter((r) => r.a.pantiId === head.pantiId);
		expect(own).toHaveLength(2);
		const versions = own.map(
			(r) =>
				db
					.select({ v: instrumentVersions.version })
					.from(instrumentVersions)
					.where(eq(instrumentVersions.id, r.a.instrumentVersionId))
					.get()!.v
		);
		expect(versions).toEqual(['1.0.0', '2.0.0']);
		expect(own.map((r) => r.a.finalizedAt?.slice(0, 10))).toEqual(['2022-03-15', '2025-09-10']);
		expect(own[1]!.a.validUntil! > TODAY).toBe(true);
		// The trend compares against the older one.
		const newer = assessmentResults(db, own[1]!.a)!;
		expect(newer.trend?.finalizedAt).toBe(own[0]!.a.finalizedAt);
	});

	it('has expired, valid and soon-expiring certificates dated by the historical finalization', () => {
		const certs = finalized().filter((r) => r.a.certificateNumber !== null);
		expect(certs.some((r) => r.a.validUntil! < TODAY)).toBe(true);
		expect(certs.some((r) => r.a.validUntil! >= TODAY)).toBe(true);
		expect(certs.some((r) => r.a.validUntil! >= TODAY && r.a.validUntil! <= '2027-05-23')).toBe(
			true
		);
		for (const r of certs)
			expect(r.a.certificateNumber!.split('/')[1]).toBe(r.a.finalizedAt!.slice(0, 4));
		expect(new Set(certs.map((r) => r.a.certificateNumber)).size).toBe(certs.length);
	});

	it('stores exactly the grade the engine computes from each consolidated sheet', () => {
		for (const r of finalized()) {
			const res = assessmentResults(db, r.a)!;
			expect(res.source).toBe('consolidated');
			expect(res.score.complete).toBe(true);
			expect([r.a.totalPct, r.a.grade]).toEqual([res.score.total, res.grade!.grade]);
		}
	});

	it('leaves the panti where end-to-end tests start, and rina and budi, untouched', () => {
		const rows = demoPanti();
		const heads = ['kepala.banjarmasin', 'kepala.jepara', 'kepala.makassar'].map(headPanti);
		// dinas.jepara's e2e tests open the first panti of its list, whichever that is.
		const untouched = rows.filter((p, i) => heads.includes(i) || p.regionCode === '33.20');
		for (const { name } of untouched) {
			const p = db.select().from(panti).where(eq(panti.name, name)).get()!;
			expect(
				db
					.select({ n: sql<number>`count(*)` })
					.from(assessments)
					.where(eq(assessments.pantiId, p.id))
					.get()!.n
			).toBe(0);
		}
		const onTeams = db
			.select({ username: users.username })
			.from(assessmentTeam)
			.innerJoin(users, eq(users.id, assessmentTeam.userId))
			.all()
			.map((u) => u.username);
		expect(new Set(onTeams)).toEqual(new Set(['asesor.yusuf', 'asesor.sari']));
	});

	it('went through the audited workflow and does nothing the second time', () => {
		const finalizations = db
			.select({ n: sql<number>`count(*)` })
			.from(auditLog)
			.where(sql`${auditLog.action} = 'assessment.status' and ${auditLog.after} like '%finalized%'`)
			.get()!.n;
		expect(finalizations).toBe(DEMO_HISTORY.length);
		expect(seedDemoHistory(db)).toEqual({ assessments: 0 });
		expect(finalized()).toHaveLength(DEMO_HISTORY.length);
	});
});
