/**
 * Agendas for the accreditations finalized before agendas existed (run at start): each panti's
 * latest valid accreditation proposes its government and partner actions once, as its
 * finalization now does. A panti already recorded (an `agenda.link` audit entry) is left alone, so
 * this is a no-op after the first start.
 */
import { and, eq, notExists, sql } from 'drizzle-orm';
import { analyseGaps, scoreSheet } from '$lib/domain/engine';
import { proposeActions } from '$lib/domain/plan/proposal';
import { todayWib } from '../clock';
import type { Queryable } from '../db';
import { auditLog, panti } from '../db/schema';
import { gradedSheet } from '../assessments/results';
import { latest, LATEST_ACCREDITATION_ID } from '../latest-accreditation';
import { instrumentFor } from '../rubrics/read';
import { recordAgenda } from './record';

/** Returns how many panti's actions were recorded. */
export function backfillAgenda(db: Queryable, now = new Date()): number {
	const rows = db
		.select({
			pantiId: panti.id,
			ownership: panti.ownership,
			regionCode: panti.regionCode,
			id: latest.id,
			iv: latest.instrumentVersionId,
			type: latest.pantiType,
			finalizedAt: latest.finalizedAt
		})
		.from(panti)
		.innerJoin(latest, eq(latest.id, LATEST_ACCREDITATION_ID))
		.where(
			notExists(
				db
					.select({ one: sql`1` })
					.from(auditLog)
					.where(
						and(
							eq(auditLog.action, 'agenda.link'),
							eq(auditLog.entityType, 'panti'),
							eq(auditLog.entityId, sql`cast(${panti.id} as text)`)
						)
					)
			)
		)
		.all();
	let done = 0;
	for (const r of rows) {
		const form = r.type && instrumentFor(db, r.iv, r.type);
		if (!form || !r.finalizedAt) continue;
		const { sheet } = gradedSheet(db, r.id);
		const gaps = analyseGaps(form, sheet, scoreSheet(form, sheet), new Map()).items;
		const { agenda } = proposeActions(gaps, r, todayWib(new Date(r.finalizedAt)));
		// Nobody acted: the start did. The audit entry names no user.
		recordAgenda(db, {
			pantiId: r.pantiId,
			assessmentId: r.id,
			actions: agenda,
			actorId: null,
			at: now.toISOString()
		});
		done++;
	}
	return done;
}
