import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { assessmentReturns, assessmentSubmissions, assessments, auditLog } from '../db/schema';
import {
	addAsesor,
	kutimWorld,
	openAssessment,
	recordVisit
} from '../../../../tests/support/world';
import { assessmentAccess } from './access';
import { latestReturn } from './review';
import { reviewView } from './review-view';
import { saveScore } from './scores';
import { finalize, returnForRevision, submit } from './workflow';

/** A one-person visit scored at `level` everywhere, with a note on KEL-02. */
function scoredVisit(level: number) {
	const { db, pantiId, dinas } = kutimWorld();
	const rina = addAsesor(db, 'rina');
	const { id, form } = openAssessment(db, dinas, { pantiId, leadId: rina.id });
	// The visit happened (its record is required before submission).
	recordVisit(db, rina, id);
	const lead = () => assessmentAccess(db, rina, id)!;
	const review = () => assessmentAccess(db, dinas, id)!;
	const set = (code: string, l: number, note = '') => {
		const current = lead();
		const version =
			db.$client
				.prepare('select version from item_scores where assessment_id = ? and indicator_code = ?')
				.pluck()
				.get(id, code) ?? 0;
		const r = saveScore(
			db,
			rina,
			current,
			form,
			{ code, level: l, notApplicable: false, note, version: version as number },
			new Date()
		);
		if (!r.ok) throw new Error(JSON.stringify(r));
	};
	for (const ind of form.indicators) set(ind.code, level, ind.code === 'KEL-02' ? 'SOP ada' : '');
	return { db, dinas, rina, id, form, lead, review, set };
}

const submissions = (w: ReturnType<typeof scoredVisit>) =>
	w.db
		.select()
		.from(assessmentSubmissions)
		.where(eq(assessmentSubmissions.assessmentId, w.id))
		.all();

describe('review records', () => {
	it('a submission keeps the consolidated sheet (level, N/A, note per code)', () => {
		const w = scoredVisit(3);
		expect(submit(w.db, w.rina, w.lead(), w.form, new Date())).toEqual({ ok: true });
		const [s] = submissions(w);
		expect(Object.keys(s!.sheet)).toHaveLength(w.form.indicators.length);
		expect(s!.sheet['KEL-02']).toEqual({ level: 3, notApplicable: false, note: 'SOP ada' });
		expect(s!.submittedBy).toBe(w.rina.id);
		const view = reviewView(w.db, w.review(), w.form, '2026-11-23');
		expect([view.submissions, view.changes]).toEqual([1, []]);
	});

	it('a refused submission keeps no snapshot', () => {
		const w = scoredVisit(3);
		w.db.$client.prepare('delete from item_scores where indicator_code = ?').run('KEL-01');
		expect(submit(w.db, w.rina, w.lead(), w.form, new Date()).ok).toBe(false);
		expect(submissions(w)).toEqual([]);
	});

	it('a return keeps its reason and comments, audited; the next submission shows what changed', () => {
		const w = scoredVisit(3);
		submit(w.db, w.rina, w.lead(), w.form, new Date());
		const comments = { 'KEL-01': 'Lihat lagi aktanya.', 'KEL-03': 'Foto buram.' };
		expect(
			returnForRevision(
				w.db,
				w.dinas,
				w.review(),
				'Lengkapi bukti legalitas.',
				new Date(),
				comments
			)
		).toEqual({ ok: true });
		expect(w.lead().assessment.returnReason).toBe('Lengkapi bukti legalitas.');
		expect(latestReturn(w.db, w.id)).toMatchObject({
			reason: 'Lengkapi bukti legalitas.',
			comments
		});
		const audited = w.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'assessment.return'))
			.all();
		expect(audited.map((a) => a.after)).toEqual([{ comments }]);

		w.set('KEL-01', 4, 'Akta dilihat');
		expect(submit(w.db, w.rina, w.lead(), w.form, new Date())).toEqual({ ok: true });
		const view = reviewView(w.db, w.review(), w.form, '2026-11-23');
		expect(view.submissions).toBe(2);
		expect(
			view.changes.map((c) => [
				c.code,
				c.before?.level,
				c.after?.level,
				c.noteChanged,
				c.comment,
				c.unchangedDespiteComment
			])
		).toEqual([
			['KEL-01', 3, 4, true, 'Lihat lagi aktanya.', false],
			['KEL-03', 3, 3, false, 'Foto buram.', true]
		]);
	});

	it('returns and submissions are append-only', () => {
		const w = scoredVisit(3);
		submit(w.db, w.rina, w.lead(), w.form, new Date());
		returnForRevision(w.db, w.dinas, w.review(), 'Lengkapi bukti legalitas.', new Date(), {});
		expect(() => w.db.update(assessmentReturns).set({ reason: 'diubah diam-diam' }).run()).toThrow(
			/append-only/
		);
		expect(() => w.db.delete(assessmentReturns).run()).toThrow(/append-only/);
		expect(() => w.db.delete(assessmentSubmissions).run()).toThrow(/append-only/);
	});
});

describe('finalizing with a decision', () => {
	const status = (w: ReturnType<typeof scoredVisit>) =>
		w.db.select({ s: assessments.status }).from(assessments).where(eq(assessments.id, w.id)).get()!
			.s;

	it('refuses Tidak Terakreditasi without the typed word, and changes nothing', () => {
		const w = scoredVisit(3);
		w.set('KEL-01', 0); // no legal status → Tidak Terakreditasi whatever the score
		submit(w.db, w.rina, w.lead(), w.form, new Date());
		const view = reviewView(w.db, w.review(), w.form, '2026-11-23');
		expect(view.result?.grade).toBe('TT');
		const seen = { version: view.version, total: view.result!.total, grade: view.result!.grade };
		const refused = finalize(w.db, w.dinas, w.review(), w.form, '2026-11-23', new Date(), {
			...seen,
			confirmation: 'ya'
		});
		expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/Ketik FINALKAN/) });
		expect(status(w)).toBe('submitted');
		expect(
			finalize(w.db, w.dinas, w.review(), w.form, '2026-11-23', new Date(), {
				...seen,
				confirmation: 'FINALKAN'
			})
		).toEqual({ ok: true });
		expect(status(w)).toBe('finalized');
	});

	it('refuses a decision taken before a return and resubmission', () => {
		const w = scoredVisit(3);
		submit(w.db, w.rina, w.lead(), w.form, new Date());
		const before = reviewView(w.db, w.review(), w.form, '2026-11-23');
		returnForRevision(w.db, w.dinas, w.review(), 'Lengkapi bukti legalitas.', new Date());
		submit(w.db, w.rina, w.lead(), w.form, new Date());
		const stale = finalize(w.db, w.dinas, w.review(), w.form, '2026-11-23', new Date(), {
			version: before.version,
			total: before.result!.total,
			grade: before.result!.grade,
			confirmation: ''
		});
		expect(stale).toMatchObject({ ok: false, message: expect.stringMatching(/berubah sejak/) });
		expect(status(w)).toBe('submitted');
	});
});
