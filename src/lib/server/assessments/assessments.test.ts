import { describe, expect, it } from 'vitest';
import { addYears } from '$lib/domain/dates';
import { eq, sql } from 'drizzle-orm';
import { assessments, auditLog, itemScores } from '../db/schema';
import { addUser } from '../../../../tests/support/db';
import { getPanti } from '../panti/detail';
import { listPanti } from '../panti/list';
import { listInstrumentVersions } from '../rubrics/read';
import { assessmentAccess } from './access';
import { createAssessment } from './create';
import { gradedSheet } from './results';
import { saveScore } from './scores';
import {
	addAsesor,
	declareTeam,
	kutimWorld,
	openAssessment
} from '../../../../tests/support/world';

function world() {
	const { db, pantiId, dinas } = kutimWorld();
	const rina = addAsesor(db, 'rina');
	const budi = addAsesor(db, 'budi');
	const outsider = addAsesor(db, 'sari');
	const { id, form } = openAssessment(db, dinas, {
		pantiId,
		plannedDate: '2026-12-01',
		leadId: rina.id,
		memberIds: [budi.id]
	});
	return { db, dinas, rina, budi, outsider, id, form, pantiId };
}

const score = (code: string, level: number | null, version: number, note = '') => ({
	code,
	level,
	notApplicable: false,
	note,
	version
});

describe('assessments', () => {
	it('a dinas schedules a visit with a team; outsiders cannot see it', () => {
		const { db, rina, budi, outsider, dinas, id } = world();
		expect(assessmentAccess(db, rina, id)?.isLead).toBe(true);
		expect(assessmentAccess(db, budi, id)?.canScore).toBe(true);
		expect(assessmentAccess(db, dinas, id)?.canReview).toBe(true);
		expect(assessmentAccess(db, outsider, id)).toBeNull();
		const neighbour = addUser(db, {
			username: 'samarinda',
			role: 'dinas',
			regionCode: '64.72',
			pantiId: null
		});
		expect(assessmentAccess(db, neighbour, id)).toBeNull();
	});

	it('an assessor sees the panti of their assessments only', () => {
		const { db, rina, outsider, pantiId } = world();
		expect(getPanti(db, rina, pantiId)?.id).toBe(pantiId);
		expect(getPanti(db, outsider, pantiId)).toBeNull();
		expect(listPanti(db, rina, {}, '2026-11-23').total).toBe(1);
		expect(listPanti(db, outsider, {}, '2026-11-23').total).toBe(0);
	});

	it('a dinas cannot schedule outside its scope, nor with non-assessors', () => {
		const { db, rina, pantiId, form: _f } = world();
		const neighbour = addUser(db, {
			username: 'samarinda',
			role: 'dinas',
			regionCode: '64.72',
			pantiId: null
		});
		const ins = listInstrumentVersions(db)[0]!.id;
		expect(
			createAssessment(
				db,
				neighbour,
				{
					pantiId,
					kind: 'visit',
					instrumentVersionId: ins,
					plannedDate: null,
					leadId: rina.id,
					memberIds: []
				},
				new Date()
			)
		).toEqual({ ok: false, reason: 'not_found' });
		const admin = addUser(db, { username: 'adm2', role: 'admin', regionCode: null, pantiId: null });
		const bad = createAssessment(
			db,
			admin,
			{
				pantiId,
				kind: 'visit',
				instrumentVersionId: ins,
				plannedDate: null,
				leadId: neighbour.id,
				memberIds: []
			},
			new Date()
		);
		expect(bad.ok).toBe(false);
	});

	it('autosave: each save bumps the version; a stale write is refused with the newer value and who wrote it', () => {
		const { db, rina, id, form } = world();
		const access = () => assessmentAccess(db, rina, id)!;
		const first = saveScore(
			db,
			rina,
			access(),
			form,
			score('KEL-01', 3, 0, 'izin ada'),
			new Date()
		);
		expect(first).toMatchObject({ ok: true, version: 1 });
		expect(db.select().from(assessments).where(eq(assessments.id, id)).get()!.status).toBe(
			'in_progress'
		);
		expect(saveScore(db, rina, access(), form, score('KEL-01', 4, 1), new Date())).toMatchObject({
			ok: true,
			version: 2
		});
		// A second device still at version 1:
		const stale = saveScore(db, rina, access(), form, score('KEL-01', 1, 1), new Date());
		expect(stale.ok).toBe(false);
		expect(stale.ok === false && stale.reason === 'stale' && stale.current).toMatchObject({
			level: 4,
			version: 2,
			updatedByName: 'rina'
		});
		expect(
			db.select().from(itemScores).where(eq(itemScores.indicatorCode, 'KEL-01')).get()!.level
		).toBe(4);
		const audited = db
			.select()
			.from(auditLog)
			.where(sql`action = 'score.save'`)
			.all();
		expect(audited).toHaveLength(2);
	});

	it('each assessor has their own sheet; the lead’s sheet is graded until consolidation', () => {
		const { db, rina, budi, id, form } = world();
		saveScore(db, rina, assessmentAccess(db, rina, id)!, form, score('KEL-01', 4, 0), new Date());
		saveScore(db, budi, assessmentAccess(db, budi, id)!, form, score('KEL-01', 1, 0), new Date());
		const graded = gradedSheet(db, id);
		expect(graded.source).toBe('lead');
		expect(graded.sheet.get('KEL-01')?.level).toBe(4);
	});

	it('refuses levels outside the scale, N/A where not allowed, unknown indicators, and non-members', () => {
		const { db, rina, outsider, id, form } = world();
		const access = assessmentAccess(db, rina, id)!;
		expect(saveScore(db, rina, access, form, score('KEL-01', 7, 0), new Date())).toMatchObject({
			ok: false,
			reason: 'invalid'
		});
		expect(
			saveScore(
				db,
				rina,
				access,
				form,
				{ ...score('KEL-01', null, 0), notApplicable: true },
				new Date()
			)
		).toMatchObject({ ok: false, reason: 'invalid' });
		expect(saveScore(db, rina, access, form, score('XXX-99', 1, 0), new Date())).toMatchObject({
			ok: false,
			reason: 'unknown_indicator'
		});
		const fake = { ...access, canScore: true, teamRole: 'member' as const };
		// Even with a forged access object, a submitted assessment is frozen inside the transaction.
		db.update(assessments).set({ status: 'submitted' }).where(eq(assessments.id, id)).run();
		expect(saveScore(db, outsider, fake, form, score('KEL-02', 2, 0), new Date())).toMatchObject({
			ok: false,
			reason: 'forbidden'
		});
		expect(db.select().from(itemScores).all()).toHaveLength(0);
	});

	it('the database itself refuses changes to a finalized assessment', () => {
		const { db, rina, id, form } = world();
		saveScore(db, rina, assessmentAccess(db, rina, id)!, form, score('KEL-01', 4, 0), new Date());
		db.update(assessments)
			.set({ status: 'finalized', grade: 'A', totalPct: 90 })
			.where(eq(assessments.id, id))
			.run();
		expect(() => db.update(itemScores).set({ level: 0 }).run()).toThrow(/immutable/);
		expect(() =>
			db.update(assessments).set({ grade: 'C' }).where(eq(assessments.id, id)).run()
		).toThrow(/immutable/);
		expect(() => db.delete(assessments).where(eq(assessments.id, id)).run()).toThrow(/immutable/);
	});
});

describe('workflow', async () => {
	const { submit, returnForRevision, finalize, verificationCode } = await import('./workflow');
	const { saveConsolidation } = await import('./consolidate');

	function scoreAll(w: ReturnType<typeof world>, who: typeof w.rina, level: number) {
		for (const ind of w.form.indicators) {
			const r = saveScore(
				w.db,
				who,
				assessmentAccess(w.db, who, w.id)!,
				w.form,
				score(ind.code, level, 0),
				new Date()
			);
			if (!r.ok) throw new Error(JSON.stringify(r));
		}
	}

	it('a multi-member team must consolidate before submitting; then dinas returns and finalizes', () => {
		const w = world();
		scoreAll(w, w.rina, 3);
		const lead = () => assessmentAccess(w.db, w.rina, w.id)!;
		expect(submit(w.db, w.rina, lead(), w.form, new Date())).toEqual({
			ok: false,
			message: `Konsolidasi belum lengkap: ${w.form.indicators.length} butir belum ditetapkan.`
		});
		expect(submit(w.db, w.budi, assessmentAccess(w.db, w.budi, w.id)!, w.form, new Date()).ok).toBe(
			false
		);
		const all3 = new Map(w.form.indicators.map((i) => [i.code, '3']));
		expect(saveConsolidation(w.db, w.rina, lead(), w.form, all3, new Date())).toEqual({
			ok: true,
			saved: w.form.indicators.length
		});
		expect(submit(w.db, w.rina, lead(), w.form, new Date())).toEqual({ ok: true });
		// Frozen: no more scores, not even from the lead.
		expect(
			saveScore(w.db, w.rina, lead(), w.form, score('KEL-01', 0, 1), new Date())
		).toMatchObject({ ok: false, reason: 'forbidden' });
		const review = () => assessmentAccess(w.db, w.dinas, w.id)!;
		expect(
			returnForRevision(w.db, w.dinas, review(), 'Lengkapi bukti legalitas.', new Date())
		).toEqual({ ok: true });
		expect(lead().assessment.returnReason).toBe('Lengkapi bukti legalitas.');
		expect(lead().canScore).toBe(true);
		expect(submit(w.db, w.rina, lead(), w.form, new Date())).toEqual({ ok: true });
		expect(finalize(w.db, w.dinas, review(), w.form, '2026-11-23', new Date())).toEqual({
			ok: true
		});
		const final = review().assessment;
		// Every indicator at 3 of 4 → 75 % → A (> 66 %), valid 5 years.
		expect([final.status, final.totalPct, final.grade, final.validUntil]).toEqual([
			'finalized',
			75,
			'A',
			'2031-11-23'
		]);
		expect(final.certificateNumber).toMatch(/^SIAP\/2026\/64\.08\/00001$/);
		expect(final.verificationCode).toMatch(/^[0-9A-Z]{16}$/);
		expect(finalize(w.db, w.dinas, review(), w.form, '2026-11-23', new Date()).ok).toBe(false);
	});

	it('a lone assessor’s incomplete sheet is refused and the refusal writes nothing', () => {
		const w = world();
		const solo = createAssessment(
			w.db,
			w.dinas,
			{
				pantiId: w.pantiId,
				kind: 'visit',
				instrumentVersionId: listInstrumentVersions(w.db).find((i) => i.version === '1.0.0')!.id,
				plannedDate: null,
				leadId: w.outsider.id,
				memberIds: []
			},
			new Date(),
			{ allowSuperseded: true }
		);
		if (!solo.ok) throw new Error('create');
		declareTeam(w.db, solo.id, [w.outsider.id]);
		const access = () => assessmentAccess(w.db, w.outsider, solo.id)!;
		saveScore(w.db, w.outsider, access(), w.form, score('KEL-01', 3, 0), new Date());
		const changes = () => w.db.get<{ n: number }>(sql`select total_changes() as n`).n;
		const before = changes();
		expect(submit(w.db, w.outsider, access(), w.form, new Date())).toEqual({
			ok: false,
			message: `Masih ada ${w.form.indicators.length - 1} butir yang belum dinilai.`
		});
		// It is graded as it stands: the copy to the consolidated sheet waits for a complete one.
		expect(changes()).toBe(before);
		expect(access().assessment.status).not.toBe('submitted');
	});

	it('a failed legal-status gate finalizes as Tidak Terakreditasi with no certificate', () => {
		const w = world();
		const solo = createAssessment(
			w.db,
			w.dinas,
			{
				pantiId: w.pantiId,
				kind: 'visit',
				instrumentVersionId: listInstrumentVersions(w.db).find((i) => i.version === '1.0.0')!.id,
				plannedDate: null,
				leadId: w.outsider.id,
				memberIds: []
			},
			new Date(),
			{ allowSuperseded: true } // an older instrument, on purpose
		);
		if (!solo.ok) throw new Error('create');
		declareTeam(w.db, solo.id, [w.outsider.id]);
		const access = () => assessmentAccess(w.db, w.outsider, solo.id)!;
		for (const ind of w.form.indicators)
			saveScore(
				w.db,
				w.outsider,
				access(),
				w.form,
				score(ind.code, ind.code === 'KEL-01' ? 1 : 4, 0),
				new Date()
			);
		expect(submit(w.db, w.outsider, access(), w.form, new Date())).toEqual({ ok: true });
		expect(
			finalize(
				w.db,
				w.dinas,
				assessmentAccess(w.db, w.dinas, solo.id)!,
				w.form,
				'2026-11-23',
				new Date()
			)
		).toEqual({ ok: true });
		const a = assessmentAccess(w.db, w.dinas, solo.id)!.assessment;
		expect(a.grade).toBe('TT');
		expect(a.certificateNumber).toBeNull();
		expect(a.gateExplanation).toContain('KEL-01');
	});

	it('only the reviewer of the scope may return or finalize', () => {
		const w = world();
		expect(
			returnForRevision(
				w.db,
				w.rina,
				assessmentAccess(w.db, w.rina, w.id)!,
				'alasan yang cukup panjang',
				new Date()
			).ok
		).toBe(false);
	});

	it.each([
		['2026-11-23', 5, '2031-11-23'],
		['2028-02-29', 3, '2031-02-28'],
		['2026-01-31', 2, '2028-01-31']
	])('addYears(%s, %s) = %s', (date, years, expected) => {
		expect(addYears(date, years)).toBe(expected);
	});

	it('verification codes do not repeat', () => {
		const codes = new Set(Array.from({ length: 1000 }, verificationCode));
		expect(codes.size).toBe(1000);
	});
});

describe('profile snapshot for computed indicators', async () => {
	const { correctSnapshot } = await import('./snapshot');
	const { scoringModel } = await import('./view');

	it('suggests computed levels from the snapshot, and a correction changes only this assessment', () => {
		const w = world();
		// The fixture panti: 35 clients, 3 social workers, 6 caregivers → SDM-05 clientsPerProfessional = 35/3 ≈ 11.7.
		const before = scoringModel(w.db, assessmentAccess(w.db, w.rina, w.id)!)!;
		expect(before.suggestions['SDM-05']).toBe(3); // ≤ 15 → level 3
		const snapshot = before.snapshot!;
		const staff = { ...snapshot.staff, pekerja_sosial: 4 };
		expect(
			correctSnapshot(
				w.db,
				w.rina,
				assessmentAccess(w.db, w.rina, w.id)!,
				{ ...snapshot, staff },
				new Date()
			)
		).toEqual({ ok: true });
		const after = scoringModel(w.db, assessmentAccess(w.db, w.rina, w.id)!)!;
		expect(after.suggestions['SDM-05']).toBe(4); // 35/4 = 8.75 ≤ 10 → level 4
		expect(getPanti(w.db, w.dinas, w.pantiId)!.staff.pekerja_sosial).toBe(3); // the panti's record is untouched
		expect(
			w.db
				.select()
				.from(auditLog)
				.where(sql`action = 'assessment.snapshot'`)
				.all()
		).toHaveLength(1);
	});
});
