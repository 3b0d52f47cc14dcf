import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { declarationSchema } from '$lib/domain/assessment/conflict';
import { assessmentTeam, auditLog, conflictDeclarations } from '../db/schema';
import { assessmentAccess } from './access';
import { declare } from './conflict';
import { saveScore } from './scores';
import { submit } from './workflow';
import { addUser } from '../../../../tests/support/db';
import { addAsesor, kutimWorld, openAssessment } from '../../../../tests/support/world';

/** A visit of Rina (lead) and Budi whose team has not declared anything yet. */
function world() {
	const { db, pantiId, dinas } = kutimWorld();
	const rina = addAsesor(db, 'rina');
	const budi = addAsesor(db, 'budi');
	const { id, form } = openAssessment(db, dinas, {
		pantiId,
		leadId: rina.id,
		memberIds: [budi.id],
		declared: false
	});
	return { db, dinas, rina, budi, id, form, pantiId };
}

const NONE = { statement: 'tidak-ada', confirm: 'ya' } as const;
const score = { code: 'KEL-01', level: 3, notApplicable: false, note: '', version: 0 };

describe('conflict-of-interest declaration', () => {
	it('a member who has not declared may not score, by any path', () => {
		const { db, budi, id, form } = world();
		const access = assessmentAccess(db, budi, id)!;
		expect(access.mustDeclare).toBe(true);
		expect(access.canScore).toBe(false);
		expect(saveScore(db, budi, access, form, score, new Date())).toEqual({
			ok: false,
			reason: 'forbidden'
		});
	});

	it('declaring no conflict opens the sheet and is audited', () => {
		const { db, budi, id, form } = world();
		expect(declare(db, budi, assessmentAccess(db, budi, id)!, NONE, new Date())).toEqual({
			ok: true,
			conflict: false
		});
		const access = assessmentAccess(db, budi, id)!;
		expect(access.mustDeclare).toBe(false);
		expect(saveScore(db, budi, access, form, score, new Date()).ok).toBe(true);
		const entry = db.select().from(auditLog).where(eq(auditLog.action, 'conflict.none')).get();
		expect(entry?.userId).toBe(budi.id);
	});

	it('a declared conflict takes the member off the team and stays on record', () => {
		const { db, rina, dinas, id, pantiId } = world();
		const result = declare(
			db,
			rina,
			assessmentAccess(db, rina, id)!,
			{ statement: 'ada', grounds: ['family'], detail: 'Adik saya pengasuh di panti ini.' },
			new Date()
		);
		expect(result).toEqual({ ok: true, conflict: true });
		// Off the team: the visit is no longer hers to see, and her seat is gone.
		expect(assessmentAccess(db, rina, id)).toBeNull();
		const seat = db
			.select()
			.from(assessmentTeam)
			.where(and(eq(assessmentTeam.assessmentId, id), eq(assessmentTeam.userId, rina.id)))
			.get();
		expect(seat).toBeUndefined();
		const record = db.select().from(conflictDeclarations).get()!;
		expect(record).toMatchObject({ pantiId, userId: rina.id, grounds: ['family'] });
		expect(record.detail).toBe('Adik saya pengasuh di panti ini.');
		// The Dinas still sees the visit (and, through the record, why its lead left).
		expect(assessmentAccess(db, dinas, id)).not.toBeNull();
		expect(() => db.delete(conflictDeclarations).run()).toThrow(/append-only/);
		expect(() => db.update(conflictDeclarations).set({ grounds: [] }).run()).toThrow(/append-only/);
	});

	it('is refused once the visit is submitted, and is not asked of a self-assessment', () => {
		const { db, dinas, pantiId, form } = world();
		const solo = addAsesor(db, 'sari');
		const { id } = openAssessment(db, dinas, { pantiId, leadId: solo.id, version: '1.0.0' });
		let access = assessmentAccess(db, solo, id)!;
		for (const ind of form.indicators)
			saveScore(db, solo, access, form, { ...score, code: ind.code }, new Date());
		access = assessmentAccess(db, solo, id)!;
		expect(submit(db, solo, access, form, new Date()).ok).toBe(true);
		expect(declare(db, solo, assessmentAccess(db, solo, id)!, NONE, new Date())).toEqual({
			ok: false,
			message: 'Penilaian ini sudah diajukan; pernyataan tidak diperlukan lagi.'
		});
		// A panti scoring itself has nothing to declare about itself.
		const head = addUser(db, { username: 'kepala', role: 'panti', regionCode: null, pantiId });
		const self = openAssessment(db, head, { pantiId, leadId: head.id, kind: 'self' });
		const own = assessmentAccess(db, head, self.id)!;
		expect(own.mustDeclare).toBe(false);
		expect(own.canScore).toBe(true);
	});

	it('the form: "no conflict" needs the tick, a conflict at least one listed ground', () => {
		const issue = (input: unknown) => declarationSchema.safeParse(input).error?.issues[0]?.message;
		expect(declarationSchema.safeParse(NONE).success).toBe(true);
		expect(issue({ statement: 'tidak-ada' })).toBe(
			'Centang pernyataan bahwa Anda tidak memiliki konflik kepentingan.'
		);
		expect(issue({ statement: 'ada', grounds: [] })).toBe(
			'Pilih setidaknya satu alasan konflik kepentingan.'
		);
		expect(issue({ statement: 'ada', grounds: ['teman'] })).toBe(
			'Pilih alasan konflik dari daftar.'
		);
		expect(issue({})).toBe('Pilih salah satu pernyataan.');
	});
});
