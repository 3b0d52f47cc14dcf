/**
 * The regional gap analysis of issue 17 over the latest valid accreditation of each panti in a
 * scope: which panti, read as finalized sheets in the batch form, scored in bulk for the points
 * each gap is worth, and rolled up (domain/region-gap/rollup.ts).
 */
import { and, eq, type SQL } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import { batchForm, scoreLevels, scratchFor, UNANSWERED } from '$lib/domain/engine/batch';
import type { ResolvedInstrument } from '$lib/domain/engine/resolve';
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

/** A panti in scope and its latest valid accreditation. */
export interface LatestAccreditation {
	readonly pantiId: number;
	readonly regionCode: string;
	readonly assessmentId: number;
	/** Null only for an assessment stored before types were recorded. */
	readonly type: PantiType | null;
	readonly instrumentVersionId: number;
}

/**
 * The latest valid accreditation of each panti in the actor's scope (and `where`): one pass that
 * both counts what there is to analyse and picks the sheets to roll up.
 */
export function latestAccreditations(
	db: Queryable,
	actor: Actor,
	where?: SQL
): LatestAccreditation[] {
	return db
		.select({
			pantiId: panti.id,
			regionCode: panti.regionCode,
			assessmentId: latest.id,
			type: latest.pantiType,
			instrumentVersionId: latest.instrumentVersionId
		})
		.from(panti)
		.innerJoin(latest, eq(latest.id, LATEST_ACCREDITATION_ID))
		.where(withScope(actor, where))
		.all();
}

/** The roll-up of these accreditations' finalized sheets, all on `form`. */
export function rollUpSheets(
	db: Queryable,
	form: ResolvedInstrument,
	rows: readonly { readonly pantiId: number; readonly assessmentId: number }[]
): RegionalGaps {
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

export function regionalGaps(db: Queryable, actor: Actor, f: RegionGapFilter): RegionalGaps | null {
	const form = instrumentFor(db, f.instrumentVersionId, f.type);
	if (!form) return null;
	const region = f.regionCode
		? f.regionCode.includes('.')
			? eq(panti.regionCode, f.regionCode)
			: regionPrefix(f.regionCode)
		: undefined;
	const rows = latestAccreditations(
		db,
		actor,
		and(eq(latest.pantiType, f.type), eq(latest.instrumentVersionId, f.instrumentVersionId), region)
	);
	return rollUpSheets(db, form, rows);
}
