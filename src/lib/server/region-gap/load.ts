/**
 * The regional gap analysis of issue 17 over the latest valid accreditation of each panti in a
 * scope: which panti, read as finalized sheets in the batch form, scored in bulk for the points
 * each gap is worth, and rolled up (domain/region-gap/rollup.ts).
 */
import { and, eq, type SQL } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import { batchForm, scoreLevels, scratchFor, UNANSWERED } from '$lib/domain/engine/batch';
import type { PantiType } from '$lib/domain/panti/types';
import { RegionAccumulator, summarize, type RegionalGaps } from '$lib/domain/region-gap/rollup';
import type { Queryable } from '../db';
import { panti } from '../db/schema';
import { latest, LATEST_ACCREDITATION_ID } from '../latest-accreditation';
import { instrumentFor } from '../rubrics/read';
import { finalizedLevels } from '../assessments/finalized-sheets';
import { regionPrefix, withScope } from '../scope';

export interface RegionGapFilter {
	/** A province (`64`) or kab/kota (`64.08`) within the actor's scope; absent: the whole scope. */
	readonly regionCode?: string;
	readonly type: PantiType;
	readonly instrumentVersionId: number;
}

/** The latest valid accreditation of each panti of the type in scope, on that instrument version. */
function latestInScope(db: Queryable, actor: Actor, f: RegionGapFilter) {
	const region: SQL | undefined = f.regionCode
		? f.regionCode.includes('.')
			? eq(panti.regionCode, f.regionCode)
			: regionPrefix(f.regionCode)
		: undefined;
	return db
		.select({ pantiId: panti.id, assessmentId: latest.id })
		.from(panti)
		.innerJoin(latest, eq(latest.id, LATEST_ACCREDITATION_ID))
		.where(
			withScope(
				actor,
				and(
					eq(latest.pantiType, f.type),
					eq(latest.instrumentVersionId, f.instrumentVersionId),
					region
				)
			)
		)
		.all();
}

export function regionalGaps(db: Queryable, actor: Actor, f: RegionGapFilter): RegionalGaps | null {
	const form = instrumentFor(db, f.instrumentVersionId, f.type);
	if (!form) return null;
	const rows = latestInScope(db, actor, f);
	const levels = finalizedLevels(
		db,
		rows.map((r) => r.assessmentId)
	);
	const bf = batchForm(form);
	const scratch = scratchFor(bf);
	const step = new Float64Array(bf.n);
	const expected = Float64Array.from(form.indicators, (i) => i.expected);
	const acc = new RegionAccumulator(form);
	for (const r of rows) {
		const bytes = levels.get(r.assessmentId);
		if (!bytes || bytes.length !== bf.n) continue;
		scoreLevels(bf, bytes, scratch, step);
		acc.panti.push(r.pantiId);
		for (let i = 0; i < bf.n; i++) {
			const level = bytes[i]!;
			if (level >= UNANSWERED) continue;
			const gap = expected[i]! - level;
			acc.add(r.pantiId, i, level, gap > 0 ? step[i]! * gap : 0);
		}
	}
	return summarize(acc);
}
