import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { accreditationStatus } from '$lib/domain/assessment/accreditation';
import { median, percentRank } from '$lib/domain/overview/stats';
import type { Actor } from '$lib/domain/access';
import { compareRows } from '$lib/domain/overview/compare-csv';
import { comparePanti } from './compare';
import { dashboard } from './dashboard';
import type { Db } from './db/index';
import { assessmentAspectScores, assessments, panti } from './db/schema';
import { listPanti } from './panti/list';
import { demoWorld, actorOf } from '../../../tests/support/world';

const TODAY = '2026-11-23';

describe('dashboard and comparison on the demo world', () => {
	let db: Db;
	const actor = (username: string): Actor => actorOf(db, username);
	const pantiId = (name: string) =>
		db.select({ id: panti.id }).from(panti).where(eq(panti.name, name)).get()!.id;

	beforeAll(async () => {
		db = await demoWorld();
	}, 60_000);

	it('national counts agree with the registry filter behind each figure', () => {
		const admin = actor('admin');
		const d = dashboard(db, admin, {}, TODAY);
		expect(d.summary.overall.total).toBe(42);
		for (const status of ['belum', 'A', 'B', 'C', 'TT', 'kedaluwarsa'] as const)
			expect(d.summary.overall[status], status).toBe(listPanti(db, admin, { status }, TODAY).total);
		expect(d.summary.byRegion.reduce((n, r) => n + r.counts.total, 0)).toBe(42);
		// Demo history: three valid certificates end within six months of 23 Nov 2026.
		expect(d.expiring.total).toBe(3);
		expect(d.expiring.rows.every((r) => r.validUntil! <= '2027-05-23')).toBe(true);
	});

	it('a kab/kota dinas sees only its scope, whatever filter it asks for', () => {
		const kutim = actor('dinas.kutim');
		const d = dashboard(db, kutim, {}, TODAY);
		expect(d.summary.overall.total).toBe(3);
		expect(d.summary.byRegion.map((r) => r.code)).toEqual(['64.08']);
		expect(dashboard(db, kutim, { province: '63' }, TODAY).summary.overall.total).toBe(0);
	});

	it('compares panti against the scope median and percentile', () => {
		const kaltim = actor('dinas.kaltim');
		const ids = [
			pantiId('LKSA Demo Harapan Bangsa 1'),
			pantiId('Panti Pamardi Putra Demo Sinar Mentari 5')
		];
		const c = comparePanti(db, kaltim, ids)!;
		expect(c.map((p) => p.name)).toEqual([
			'LKSA Demo Harapan Bangsa 1',
			'Panti Pamardi Putra Demo Sinar Mentari 5'
		]);
		const [kutim, samarinda] = c as [(typeof c)[0], (typeof c)[0]];
		expect(kutim.latest?.grade).toBe('A');
		expect(kutim.trend.map((t) => t.grade)).toEqual(['B', 'A']);
		expect(accreditationStatus(samarinda.latest, TODAY)).toBe('kedaluwarsa');
		// Standar umum aspects compare across every accredited panti of Kalimantan Timur: recompute
		// the distribution independently (latest unrevoked finalized visit per panti, in JS).
		const kel = kutim.aspects.find((a) => a.key === 'umum:KEL')!;
		const latest = new Map<number, { id: number; at: string }>();
		for (const a of db
			.select()
			.from(assessments)
			.innerJoin(panti, eq(panti.id, assessments.pantiId))
			.all())
			if (
				a.panti.regionCode.startsWith('64.') &&
				a.assessments.kind === 'visit' &&
				a.assessments.status === 'finalized' &&
				(latest.get(a.panti.id)?.at ?? '') < a.assessments.finalizedAt!
			)
				latest.set(a.panti.id, { id: a.assessments.id, at: a.assessments.finalizedAt! });
		const scope = [...latest.values()].map(
			(l) =>
				db
					.select()
					.from(assessmentAspectScores)
					.where(
						and(
							eq(assessmentAspectScores.assessmentId, l.id),
							eq(assessmentAspectScores.part, 'umum'),
							eq(assessmentAspectScores.aspectCode, 'KEL')
						)
					)
					.get()!.pct!
		);
		expect(kel.scopeCount).toBe(scope.length);
		expect(kel.median).toBe(median(scope));
		expect(kel.percentile).toBe(percentRank(kel.pct!, scope));
		expect(kutim.topGaps.length).toBeGreaterThan(0);
		const rows = compareRows(c);
		expect(rows[0]).toEqual(['Panti', ...c.map((p) => p.name)]);
	});

	it('refuses a panti outside the scope exactly like a missing one', () => {
		const kutim = actor('dinas.kutim');
		const inScope = pantiId('LKSA Demo Harapan Bangsa 1');
		expect(
			comparePanti(db, kutim, [inScope, pantiId('Panti Pamardi Putra Demo Sinar Mentari 5')])
		).toBeNull();
		expect(comparePanti(db, kutim, [inScope, 999999])).toBeNull();
	});
});
