import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { auditLog } from '../db/schema';
import {
	addAsesor,
	kutimWorld,
	openAssessment,
	recordVisit
} from '../../../../tests/support/world';
import { assessmentAccess } from './access';
import { consolidationView, undecided } from './consolidate';
import { saveConsolidation } from './consolidate-save';
import { saveScore } from './scores';
import { submit } from './workflow';

function world() {
	const { db, pantiId, dinas } = kutimWorld();
	const rina = addAsesor(db, 'rina');
	const budi = addAsesor(db, 'budi');
	const { id, form } = openAssessment(db, dinas, {
		pantiId,
		plannedDate: '2026-12-01',
		leadId: rina.id,
		memberIds: [budi.id]
	});
	// The visit happened (its record is required before submission).
	recordVisit(db, rina, id);
	const lead = () => assessmentAccess(db, rina, id)!;
	const scoreAs = (who: typeof rina, code: string, level: number) => {
		const access = assessmentAccess(db, who, id)!;
		const version =
			db.get<{ v: number } | undefined>(
				sql`select version as v from item_scores where assessment_id = ${id} and assessor_id = ${who.id} and indicator_code = ${code}`
			)?.v ?? 0;
		const r = saveScore(
			db,
			who,
			access,
			form,
			{ code, level, notApplicable: false, note: '', version },
			new Date()
		);
		if (!r.ok) throw new Error(JSON.stringify(r));
	};
	const row = (value: string, reason = '', version = 0) => ({ value, reason, version });
	const stored = (code: string) =>
		db.get<{ level: number; reason: string; version: number } | undefined>(
			sql`select level, reason, version from consolidated_scores where assessment_id = ${id} and indicator_code = ${code}`
		);
	const audits = () =>
		db.select().from(auditLog).where(eq(auditLog.action, 'consolidated.save')).all();
	return { db, rina, budi, dinas, id, form, lead, scoreAs, row, stored, audits };
}

describe('consolidation that never decides silently', () => {
	it('members two levels apart on the legal-status gate: no preselection, and no save without a reason', () => {
		const w = world();
		w.scoreAs(w.rina, 'KEL-01', 4);
		w.scoreAs(w.budi, 'KEL-01', 2);
		w.scoreAs(w.rina, 'KEL-02', 3);
		w.scoreAs(w.budi, 'KEL-02', 3);
		const view = consolidationView(w.db, w.lead(), w.form);
		const kel01 = view.rows.find((r) => r.code === 'KEL-01')!;
		expect(kel01).toMatchObject({
			needsDecision: true,
			farApart: true,
			belowMinimum: true,
			proposal: '2',
			value: ''
		});
		expect(kel01.members.map((m) => m.level)).toEqual([4, 2]);
		// Agreement elsewhere: the proposal stands as the default.
		expect(view.rows.find((r) => r.code === 'KEL-02')).toMatchObject({
			needsDecision: false,
			value: '3'
		});

		const refused = saveConsolidation(
			w.db,
			w.rina,
			w.lead(),
			w.form,
			new Map([
				['KEL-02', w.row('3')],
				['KEL-01', w.row('4')]
			]),
			new Date()
		);
		expect(refused).toEqual({
			ok: false,
			message:
				'Tuliskan alasan keputusan untuk KEL-01: butir ini perlu keputusan ketua tim. Belum ada yang disimpan.'
		});
		expect([w.stored('KEL-01'), w.stored('KEL-02'), w.audits().length]).toEqual([
			undefined,
			undefined,
			0
		]);

		const reason = 'Akta dan SK Kemenkumham diperiksa, berlaku sampai 2029.';
		expect(
			saveConsolidation(
				w.db,
				w.rina,
				w.lead(),
				w.form,
				new Map([['KEL-01', w.row('4', reason)]]),
				new Date()
			)
		).toEqual({ ok: true, saved: 1 });
		expect(w.stored('KEL-01')).toEqual({ level: 4, reason, version: 1 });
		expect(w.audits().map((a) => a.after)).toEqual([
			{ code: 'KEL-01', level: 4, notApplicable: false, reason }
		]);
	});

	it('a stale tab is refused whole: nothing overwritten, the stored value and who saved it come back', () => {
		const w = world();
		w.scoreAs(w.rina, 'KEL-01', 4);
		w.scoreAs(w.budi, 'KEL-01', 2);
		w.scoreAs(w.rina, 'KEL-02', 3);
		// Both tabs loaded at version 0; the first saves.
		const first = new Map([['KEL-01', w.row('4', 'Dokumen lengkap dan berlaku.')]]);
		expect(saveConsolidation(w.db, w.rina, w.lead(), w.form, first, new Date()).ok).toBe(true);
		const changes = () => w.db.get<{ n: number }>(sql`select total_changes() as n`).n;
		const before = changes();
		const stale = new Map([
			['KEL-02', w.row('3')],
			['KEL-01', w.row('2', 'Izin operasional kedaluwarsa.')]
		]);
		const result = saveConsolidation(w.db, w.rina, w.lead(), w.form, stale, new Date());
		expect(result).toMatchObject({
			ok: false,
			conflicts: [
				{
					code: 'KEL-01',
					value: '4',
					reason: 'Dokumen lengkap dan berlaku.',
					version: 1,
					updatedByName: 'rina'
				}
			]
		});
		expect(changes()).toBe(before);
		expect(w.stored('KEL-01')?.level).toBe(4);
		expect(w.stored('KEL-02')).toBeUndefined();
		expect(w.audits()).toHaveLength(1);

		// Re-applied at the version now stored, the lead's choice goes through.
		stale.set('KEL-01', w.row('2', 'Izin operasional kedaluwarsa.', 1));
		expect(saveConsolidation(w.db, w.rina, w.lead(), w.form, stale, new Date())).toEqual({
			ok: true,
			saved: 2
		});
		expect(w.stored('KEL-01')).toMatchObject({ level: 2, version: 2 });
		// A stale tab that would write what is already stored overwrites nothing: no conflict.
		expect(
			saveConsolidation(
				w.db,
				w.rina,
				w.lead(),
				w.form,
				new Map([['KEL-02', w.row('3')]]),
				new Date()
			)
		).toEqual({ ok: true, saved: 0 });
	});

	it('only the lead consolidates', () => {
		const w = world();
		const budi = assessmentAccess(w.db, w.budi, w.id)!;
		expect(
			saveConsolidation(w.db, w.budi, budi, w.form, new Map([['KEL-02', w.row('3')]]), new Date())
		).toEqual({ ok: false, message: 'Hanya ketua tim yang dapat mengonsolidasikan.' });
		expect(w.stored('KEL-02')).toBeUndefined();
	});

	it('a member’s later change reopens the decision and holds the submission until it has a reason', () => {
		const w = world();
		for (const ind of w.form.indicators) {
			w.scoreAs(w.rina, ind.code, 3);
			w.scoreAs(w.budi, ind.code, 3);
		}
		const all = new Map(w.form.indicators.map((i) => [i.code, w.row('3')]));
		expect(saveConsolidation(w.db, w.rina, w.lead(), w.form, all, new Date()).ok).toBe(true);
		expect(undecided(w.db, w.lead(), w.form)).toEqual([]);
		// Budi revises KEL-01 down to 1 after the lead consolidated it at 3.
		w.scoreAs(w.budi, 'KEL-01', 1);
		expect(undecided(w.db, w.lead(), w.form)).toEqual(['KEL-01']);
		expect(submit(w.db, w.rina, w.lead(), w.form, new Date())).toEqual({
			ok: false,
			message:
				'1 butir masih perlu keputusan ketua tim dengan alasan di halaman konsolidasi: KEL-01.'
		});
		expect(w.lead().assessment.status).toBe('in_progress');
		expect(
			saveConsolidation(
				w.db,
				w.rina,
				w.lead(),
				w.form,
				new Map([['KEL-01', w.row('3', 'Dokumen diperiksa ulang: lengkap.', 1)]]),
				new Date()
			)
		).toEqual({ ok: true, saved: 1 });
		expect(submit(w.db, w.rina, w.lead(), w.form, new Date())).toEqual({ ok: true });
	});
});
