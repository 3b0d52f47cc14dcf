import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { decodeSheet, encodeSheet } from '$lib/domain/engine/batch';
import { finalizedSheets } from '../db/schema';
import {
	addAsesor,
	kutimWorld,
	openAssessment,
	recordVisit
} from '../../../../tests/support/world';
import { assessmentAccess } from './access';
import { backfillFinalizedSheets, finalizedLevels } from './finalized-sheets';
import { gradedSheet } from './results';
import { saveScore } from './scores';
import { finalize, submit } from './workflow';

const NOW = new Date('2026-10-20T03:00:00Z');

/** A visit Rina scores alone (levels by position, one N/A where allowed) and the Dinas finalizes. */
function finalized() {
	const { db, pantiId, dinas } = kutimWorld();
	const rina = addAsesor(db, 'rina');
	const { id, form } = openAssessment(db, dinas, { pantiId, leadId: rina.id });
	let na = false;
	form.indicators.forEach((ind, i) => {
		const notApplicable = !na && !!ind.indicator.allowNA;
		na ||= notApplicable;
		saveScore(
			db,
			rina,
			assessmentAccess(db, rina, id)!,
			form,
			{
				code: ind.code,
				level: notApplicable ? null : i % (ind.max + 1),
				notApplicable,
				note: '',
				version: 0
			},
			NOW
		);
	});
	recordVisit(db, rina, id);
	expect(submit(db, rina, assessmentAccess(db, rina, id)!, form, NOW).ok).toBe(true);
	expect(finalize(db, dinas, assessmentAccess(db, dinas, id)!, form, '2026-10-20', NOW).ok).toBe(
		true
	);
	return { db, id, form };
}

describe('finalized sheets in the batch form', () => {
	it('finalizing stores the consolidated sheet, a byte per indicator, that decodes back to it', () => {
		const { db, id, form } = finalized();
		const stored = finalizedLevels(db, [id]).get(id)!;
		const { sheet } = gradedSheet(db, id);
		expect(stored).toEqual(encodeSheet(form, sheet));
		expect(decodeSheet(form, stored)).toEqual(sheet);
	});

	it('the start-up backfill fills a finalized assessment that has no row, once', () => {
		const { db, id } = finalized();
		const before = finalizedLevels(db, [id]).get(id)!;
		// As for an assessment finalized before the table existed: the migration's trigger refuses
		// DELETE, so the row is removed with triggers off, as an older database simply lacks it.
		db.$client.exec('DROP TRIGGER finalized_sheets_immutable_delete');
		db.delete(finalizedSheets).where(eq(finalizedSheets.assessmentId, id)).run();
		expect(backfillFinalizedSheets(db)).toBe(1);
		expect(finalizedLevels(db, [id]).get(id)).toEqual(before);
		expect(backfillFinalizedSheets(db)).toBe(0);
	});

	it('the database refuses to change or delete a stored sheet', () => {
		const { db, id } = finalized();
		expect(() =>
			db
				.update(finalizedSheets)
				.set({ levels: Buffer.from([1]) })
				.where(eq(finalizedSheets.assessmentId, id))
				.run()
		).toThrow(/immutable/);
		expect(() =>
			db.delete(finalizedSheets).where(eq(finalizedSheets.assessmentId, id)).run()
		).toThrow(/immutable/);
	});
});
