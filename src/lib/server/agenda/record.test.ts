import { describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import type { AgendaProposal } from '$lib/domain/plan/proposal';
import { agendaActionPanti, agendaActions, auditLog } from '../db/schema';
import { recordAgenda } from './record';
import { addAsesor, addPanti, kutimWorld, openAssessment } from '../../../../tests/support/world';

const AT = '2026-11-23T03:00:00.000Z';
const perda: AgendaProposal = {
	scopeCode: '64.08',
	indicatorCode: 'BL-22',
	action: 'Susun peraturan daerah tentang tim multidisiplin.',
	horizon: 'long',
	stakeholder: 'dprd',
	dueDate: '2031-11-23'
};
const kemensos: AgendaProposal = {
	...perda,
	scopeCode: '',
	action: 'Tetapkan pedoman nasional.',
	stakeholder: 'kemensos',
	horizon: 'medium',
	dueDate: '2029-11-23'
};

/** An open visit of the panti: an agenda link names the accreditation it came from. */
let asesors = 0;
function anAssessment(w: ReturnType<typeof kutimWorld>, pantiId: number): number {
	const lead = addAsesor(w.db, `asesor${++asesors}`);
	return openAssessment(w.db, w.dinas, { pantiId, leadId: lead.id }).id;
}

describe('recording a visit’s government and partner actions on the agendas', () => {
	it('keeps one action per region and recommendation, however many panti it serves', () => {
		const w = kutimWorld();
		const second = addPanti(w.db, w.admin);
		const a1 = anAssessment(w, w.pantiId);
		const a2 = anAssessment(w, second);
		recordAgenda(w.db, {
			pantiId: w.pantiId,
			assessmentId: a1,
			actions: [perda, kemensos],
			actorId: w.dinas.id,
			at: AT
		});
		recordAgenda(w.db, {
			pantiId: second,
			assessmentId: a2,
			actions: [perda],
			actorId: w.dinas.id,
			at: AT
		});
		const rows = w.db.select().from(agendaActions).orderBy(asc(agendaActions.id)).all();
		expect(rows.map((r) => [r.scopeCode, r.stakeholder, r.dueDate])).toEqual([
			['64.08', 'dprd', '2031-11-23'],
			['', 'kemensos', '2029-11-23']
		]);
		const served = w.db
			.select()
			.from(agendaActionPanti)
			.where(eq(agendaActionPanti.agendaActionId, rows[0]!.id))
			.all();
		expect(served.map((s) => s.pantiId).sort()).toEqual([w.pantiId, second].sort());
	});

	it('replaces a panti’s links at its next visit and keeps the actions and their progress', () => {
		const w = kutimWorld();
		const a1 = anAssessment(w, w.pantiId);
		recordAgenda(w.db, {
			pantiId: w.pantiId,
			assessmentId: a1,
			actions: [perda, kemensos],
			actorId: w.dinas.id,
			at: AT
		});
		w.db
			.update(agendaActions)
			.set({ status: 'proses', progressNote: 'Naskah akademik disusun.' })
			.where(eq(agendaActions.scopeCode, '64.08'))
			.run();
		const a2 = anAssessment(w, w.pantiId);
		recordAgenda(w.db, {
			pantiId: w.pantiId,
			assessmentId: a2,
			actions: [kemensos],
			actorId: w.dinas.id,
			at: AT
		});
		const links = w.db.select().from(agendaActionPanti).all();
		expect(links).toHaveLength(1);
		expect(links[0]).toMatchObject({ pantiId: w.pantiId, assessmentId: a2 });
		const kept = w.db
			.select()
			.from(agendaActions)
			.where(eq(agendaActions.scopeCode, '64.08'))
			.get()!;
		expect(kept).toMatchObject({ status: 'proses', progressNote: 'Naskah akademik disusun.' });
		const audits = w.db.select().from(auditLog).where(eq(auditLog.action, 'agenda.link')).all();
		expect(audits.map((a) => a.after)).toEqual([
			{ assessmentId: a1, created: [1, 2], linked: [1, 2] },
			{ assessmentId: a2, created: [], linked: [2] }
		]);
	});

	it('never deletes an agenda action', () => {
		const w = kutimWorld();
		recordAgenda(w.db, {
			pantiId: w.pantiId,
			assessmentId: anAssessment(w, w.pantiId),
			actions: [perda],
			actorId: w.dinas.id,
			at: AT
		});
		expect(() => w.db.delete(agendaActions).run()).toThrow(/never deleted/);
	});
});
