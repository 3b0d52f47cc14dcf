import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { VisitRecord } from '$lib/domain/assessment/review';
import { assessments, auditLog } from '../db/schema';
import {
	addAsesor,
	kutimWorld,
	openAssessment,
	recordVisit
} from '../../../../tests/support/world';
import { assessmentAccess } from './access';
import { saveScore } from './scores';
import { saveVisitRecord, teamPresentNames, visitRecordInput } from './visit-record';
import { finalize, submit } from './workflow';

const NOW = new Date('2026-10-20T03:00:00Z');

function world() {
	const { db, pantiId, dinas } = kutimWorld();
	const rina = addAsesor(db, 'rina');
	const budi = addAsesor(db, 'budi');
	const { id, form } = openAssessment(db, dinas, {
		pantiId,
		leadId: rina.id,
		memberIds: [budi.id]
	});
	const row = () => db.select().from(assessments).where(eq(assessments.id, id)).get()!;
	return { db, dinas, rina, budi, id, form, row };
}

const record = (over: Partial<VisitRecord> = {}): VisitRecord => ({
	startedOn: '2026-10-12',
	endedOn: '2026-10-13',
	present: [{ name: 'Ibu Sari', position: 'Kepala panti' }],
	teamPresent: [],
	...over
});

describe('saving the visit record', () => {
	it('the lead saves it; audited with before and after; the version moves on', () => {
		const w = world();
		const access = assessmentAccess(w.db, w.rina, w.id)!;
		const v = w.row().version;
		const first = record({ teamPresent: [w.rina.id, w.budi.id] });
		expect(saveVisitRecord(w.db, w.rina, access, v, first, NOW)).toEqual({
			ok: true,
			version: v + 1
		});
		expect(w.row().visitRecord).toEqual(first);
		expect(teamPresentNames(w.db, first)).toEqual(['rina', 'budi']);
		const second = record({ endedOn: '2026-10-12', teamPresent: [w.rina.id] });
		const again = assessmentAccess(w.db, w.rina, w.id)!;
		expect(saveVisitRecord(w.db, w.rina, again, v + 1, second, NOW).ok).toBe(true);
		const entries = w.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'assessment.visit_record'))
			.all();
		expect(entries.map((e) => [e.userId, e.before, e.after])).toEqual([
			[w.rina.id, null, first],
			[w.rina.id, first, second]
		]);
	});

	it('a stale tab is refused and overwrites nothing', () => {
		const w = world();
		const access = assessmentAccess(w.db, w.rina, w.id)!;
		const v = w.row().version;
		const mine = record({ teamPresent: [w.rina.id] });
		expect(saveVisitRecord(w.db, w.rina, access, v, mine, NOW).ok).toBe(true);
		const other = record({ startedOn: '2026-10-01', endedOn: '2026-10-01' });
		expect(saveVisitRecord(w.db, w.rina, access, v, other, NOW)).toEqual({
			ok: false,
			reason: 'stale'
		});
		expect(w.row().visitRecord).toEqual(mine);
	});

	it('only the lead, and only while scoring is open', () => {
		const w = world();
		const member = assessmentAccess(w.db, w.budi, w.id)!;
		expect(saveVisitRecord(w.db, w.budi, member, w.row().version, record(), NOW)).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		const reviewer = assessmentAccess(w.db, w.dinas, w.id)!;
		expect(saveVisitRecord(w.db, w.dinas, reviewer, w.row().version, record(), NOW)).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		w.db.update(assessments).set({ status: 'submitted' }).where(eq(assessments.id, w.id)).run();
		const lead = assessmentAccess(w.db, w.rina, w.id)!;
		expect(saveVisitRecord(w.db, w.rina, lead, w.row().version, record(), NOW)).toEqual({
			ok: false,
			reason: 'closed'
		});
		expect(w.row().visitRecord).toBeNull();
	});

	it('is frozen by the database once the visit is finalized', () => {
		const w = world();
		const { db, rina, form } = w;
		const solo = openAssessment(db, w.dinas, { pantiId: w.row().pantiId, leadId: rina.id });
		for (const ind of form.indicators)
			saveScore(
				db,
				rina,
				assessmentAccess(db, rina, solo.id)!,
				form,
				{ code: ind.code, level: 3, notApplicable: false, note: '', version: 0 },
				NOW
			);
		recordVisit(db, rina, solo.id);
		expect(submit(db, rina, assessmentAccess(db, rina, solo.id)!, form, NOW).ok).toBe(true);
		const dinas = assessmentAccess(db, w.dinas, solo.id)!;
		expect(finalize(db, w.dinas, dinas, form, '2026-10-20', NOW).ok).toBe(true);
		expect(() =>
			db.update(assessments).set({ visitRecord: record() }).where(eq(assessments.id, solo.id)).run()
		).toThrow(/immutable/);
	});
});

describe('reading the posted form', () => {
	it('skips blank rows and keeps the rows typed, in order', () => {
		const data = new FormData();
		data.set('startedOn', '2026-10-12');
		data.set('present.0.name', 'Ibu Sari');
		data.set('present.0.position', 'Kepala panti');
		data.set('present.1.name', ' ');
		data.set('present.2.position', 'Staf');
		data.append('teamPresent', '4');
		data.append('teamPresent', '7');
		expect(visitRecordInput(data)).toEqual({
			startedOn: '2026-10-12',
			endedOn: undefined,
			present: [
				{ name: 'Ibu Sari', position: 'Kepala panti' },
				{ name: '', position: 'Staf' }
			],
			teamPresent: ['4', '7']
		});
	});
});
