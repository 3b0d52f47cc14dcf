/**
 * The regional analysis on the demo world, checked against the engine itself: for every panti in
 * scope, its latest accreditation's gap analysis (analyseGaps on the stored sheet) must add up to
 * the roll-up's counts and points; and a Dinas never sees panti outside its region.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { analyseGaps, scoreSheet } from '$lib/domain/engine';
import { round2 } from '$lib/domain/round';
import { PANTI_TYPES } from '$lib/domain/panti/types';
import type { Db } from '../db';
import { assessments, panti } from '../db/schema';
import { actorOf, demoWorld } from '../../../../tests/support/world';
import { instrumentFor } from '../rubrics/read';
import { gradedSheet } from '../assessments/results';
import { regionalGaps } from './load';

let db: Db;
beforeAll(async () => {
	db = await demoWorld();
}, 60_000);

/** What the roll-up must say, computed the slow way: one engine run per panti. */
function byEngine(regionPrefix: string, type: (typeof PANTI_TYPES)[number], iv: number) {
	const short = new Map<string, number>();
	const points = new Map<string, number>();
	let n = 0;
	for (const p of db.select().from(panti).where(eq(panti.type, type)).all()) {
		if (!p.regionCode.startsWith(regionPrefix)) continue;
		const last = db
			.select()
			.from(assessments)
			.where(
				and(
					eq(assessments.pantiId, p.id),
					eq(assessments.kind, 'visit'),
					eq(assessments.status, 'finalized'),
					isNull(assessments.revokedAt)
				)
			)
			.orderBy(desc(assessments.finalizedAt), desc(assessments.id))
			.get();
		if (!last || last.instrumentVersionId !== iv || last.pantiType !== type) continue;
		const form = instrumentFor(db, iv, type)!;
		const { sheet } = gradedSheet(db, last.id);
		n++;
		for (const g of analyseGaps(form, sheet, scoreSheet(form, sheet)).items) {
			short.set(g.code, (short.get(g.code) ?? 0) + 1);
			points.set(g.code, (points.get(g.code) ?? 0) + g.points);
		}
	}
	return { n, short, points };
}

describe('regional gap analysis', () => {
	it('adds up to the engine run panti by panti, for a province, a kab/kota and the nation', () => {
		const admin = actorOf(db, 'admin');
		const combos = db
			.select({ type: assessments.pantiType, iv: assessments.instrumentVersionId })
			.from(assessments)
			.where(and(eq(assessments.status, 'finalized'), eq(assessments.kind, 'visit')))
			.groupBy(assessments.pantiType, assessments.instrumentVersionId)
			.all();
		let compared = 0;
		for (const { type, iv } of combos)
			for (const region of ['', '64', '64.08']) {
				const got = regionalGaps(db, admin, {
					type: type!,
					instrumentVersionId: iv,
					regionCode: region || undefined
				})!;
				const want = byEngine(region, type!, iv);
				expect(got.panti).toBe(want.n);
				expect(Object.fromEntries(got.indicators.map((i) => [i.code, i.short]))).toEqual(
					Object.fromEntries(want.short)
				);
				for (const i of got.indicators)
					expect(i.pointsAtStake).toBeCloseTo(round2(want.points.get(i.code)!), 1);
				compared += got.panti;
			}
		// The demo history has finalized visits: the check is not vacuous.
		expect(compared).toBeGreaterThan(5);
	});

	it("a Dinas sees only its own region's panti, whatever region it asks for", () => {
		const admin = actorOf(db, 'admin');
		const kutim = actorOf(db, 'dinas.kutim');
		const combo = db
			.select({ type: assessments.pantiType, iv: assessments.instrumentVersionId })
			.from(assessments)
			.innerJoin(panti, eq(panti.id, assessments.pantiId))
			.where(and(eq(assessments.status, 'finalized'), eq(panti.regionCode, '64.72')))
			.get()!;
		const f = { type: combo.type!, instrumentVersionId: combo.iv };
		expect(regionalGaps(db, admin, { ...f, regionCode: '64.72' })!.panti).toBeGreaterThan(0);
		expect(regionalGaps(db, kutim, { ...f, regionCode: '64.72' })!.panti).toBe(0);
		expect(regionalGaps(db, kutim, f)!.panti).toBe(
			regionalGaps(db, admin, { ...f, regionCode: '64.08' })!.panti
		);
	});
});
