/**
 * Finalized means frozen everywhere (design.md §7), and a self-assessment never wipes the
 * plan of a visit: on the demo world, kepala.kutim's LKSA (two finalized visits, a current plan).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import type { Db } from '../db';
import { assessments, improvementActions, improvementPlans, panti } from '../db/schema';
import { findCertificate } from '../certificates/verify';
import { pantiHome } from '../plans/home';
import { currentPlanId } from '../plans/read';
import { certificateData, reportData } from '../reports/data';
import { currentInstrumentVersions, instrumentFor } from '../rubrics/read';
import { assessmentAccess } from './access';
import { createAssessment } from './create';
import { assessmentResults } from './results';
import { saveScore } from './scores';
import { submit } from './workflow';
import { demoWorld, actorOf } from '../../../../tests/support/world';

const TODAY = '2026-12-02';
const NOW = new Date('2026-12-02T03:00:00Z');

describe('finalized results and plans stay as issued', () => {
	let db: Db;
	const actor = (username: string): Actor => actorOf(db, username);
	const pantiId = () => actor('kepala.kutim').pantiId!;
	const latestVisit = () =>
		db
			.select()
			.from(assessments)
			.where(
				and(
					eq(assessments.pantiId, pantiId()),
					eq(assessments.kind, 'visit'),
					eq(assessments.status, 'finalized')
				)
			)
			.orderBy(desc(assessments.finalizedAt))
			.get()!;

	beforeAll(async () => {
		db = await demoWorld();
	}, 60_000);

	it('renaming, moving and retyping the panti changes nothing shown or printed of its accreditation', () => {
		const dinas = actor('dinas.kutim');
		const visit = latestVisit();
		const access = () => assessmentAccess(db, dinas, visit.id)!;
		const before = {
			name: access().pantiName,
			results: assessmentResults(db, access().assessment)!,
			report: reportData(db, access(), NOW)!,
			certificate: certificateData(db, access(), 'http://siap.test')!,
			public: findCertificate(db, visit.verificationCode!, () => TODAY)!
		};
		expect(before.results.score.complete).toBe(true);

		db.update(panti)
			.set({ name: 'Nama Baru Sekali', type: 'lanjut-usia', address: 'Jl. Pindah No. 9' })
			.where(eq(panti.id, pantiId()))
			.run();

		const after = access();
		expect(after.pantiName).toBe(before.name);
		expect(after.pantiType).toBe('anak');
		const results = assessmentResults(db, after.assessment)!;
		expect(results.score.complete).toBe(true);
		expect(results.score.total).toBe(before.results.score.total);
		expect(results.grade?.grade).toBe(before.results.grade?.grade);
		expect(reportData(db, after, NOW)!.meta.panti).toEqual(before.report.meta.panti);
		expect(certificateData(db, after, 'http://siap.test')).toEqual(before.certificate);
		expect(findCertificate(db, visit.verificationCode!, () => TODAY)).toEqual(before.public);
		expect(before.public.pantiName).not.toBe('Nama Baru Sekali');

		db.update(panti)
			.set({ name: before.name, type: 'anak', address: before.report.meta.panti.address })
			.where(eq(panti.id, pantiId()))
			.run();
	});

	it('a self-assessment leaves the visit plan and its actions as they were; the head sees both', () => {
		const head = actor('kepala.kutim');
		const visitPlan = currentPlanId(db, pantiId())!;
		const actionsOf = (planId: number) =>
			db.select().from(improvementActions).where(eq(improvementActions.planId, planId)).all();
		const visitActions = actionsOf(visitPlan);
		expect(visitActions.length).toBeGreaterThan(0);

		const instrument = currentInstrumentVersions(db)[0]!;
		const created = createAssessment(
			db,
			head,
			{
				pantiId: pantiId(),
				kind: 'self',
				instrumentVersionId: instrument.id,
				plannedDate: null,
				leadId: head.id,
				memberIds: []
			},
			NOW
		);
		if (!created.ok) throw new Error('self-assessment not created');
		let access = assessmentAccess(db, head, created.id)!;
		const form = instrumentFor(db, instrument.id, access.pantiType)!;
		// Everything at the top: the self-given grade is A, and the indicative plan has no action.
		for (const ind of form.indicators) {
			const saved = saveScore(
				db,
				head,
				access,
				form,
				{ code: ind.code, level: ind.max, notApplicable: false, note: '', version: 0 },
				NOW
			);
			expect(saved.ok).toBe(true);
		}
		access = assessmentAccess(db, head, created.id)!;
		expect(submit(db, head, access, form, NOW)).toEqual({ ok: true });

		const live = db
			.select()
			.from(improvementPlans)
			.where(and(eq(improvementPlans.pantiId, pantiId()), isNull(improvementPlans.supersededAt)))
			.all();
		expect(live.map((p) => p.indicative).sort()).toEqual([false, true]);
		expect(live.find((p) => !p.indicative)!.id).toBe(visitPlan);
		expect(actionsOf(visitPlan)).toEqual(visitActions);
		// The head's one plan to follow is still the visit's; home shows the visit's first.
		expect(currentPlanId(db, pantiId())).toBe(visitPlan);
		const home = pantiHome(db, head, { id: pantiId(), type: 'anak' }, TODAY);
		expect(home.plans.map((p) => [p.id, p.indicative])).toEqual([
			[visitPlan, false],
			[live.find((p) => p.indicative)!.id, true]
		]);
		// And the home's result stays the visit's accreditation, not the self-given A.
		expect(home.result?.assessment.kind).toBe('visit');
	});
});
