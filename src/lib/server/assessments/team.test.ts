import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import type { ConflictGround } from '$lib/domain/assessment/review';
import type { Db } from '../db';
import { assessmentTeam, auditLog, conflictDeclarations, itemScores } from '../db/schema';
import { addUser } from '../../../../tests/support/db';
import {
	addAsesor,
	kutimWorld,
	openAssessment,
	recordVisit
} from '../../../../tests/support/world';
import { assessmentAccess } from './access';
import { consolidationView } from './consolidate';
import { createAssessment } from './create';
import { saveScore } from './scores';
import { assignableAssessors } from './team';
import { changeTeam, teamNotice } from './team-change';
import { finalize, submit } from './workflow';

const NOW = new Date('2026-11-20T03:00:00Z');

function world() {
	const { db, pantiId, dinas, admin } = kutimWorld();
	const rina = addAsesor(db, 'rina');
	const budi = addAsesor(db, 'budi');
	const sari = addAsesor(db, 'sari');
	const { id, form, instrumentVersionId } = openAssessment(db, dinas, {
		pantiId,
		leadId: rina.id,
		memberIds: [budi.id]
	});
	const access = (who: Actor) => assessmentAccess(db, who, id)!;
	const team = () =>
		db
			.select({ userId: assessmentTeam.userId, role: assessmentTeam.role })
			.from(assessmentTeam)
			.where(eq(assessmentTeam.assessmentId, id))
			.all()
			.sort((a, b) => a.userId - b.userId);
	return {
		db,
		pantiId,
		dinas,
		admin,
		rina,
		budi,
		sari,
		id,
		form,
		instrumentVersionId,
		access,
		team
	};
}

/** A conflict declaration as the declaration step stores it (append-only). */
function declare(
	db: Db,
	w: { id: number; pantiId: number },
	user: Actor,
	grounds: ConflictGround[],
	declaredAt: string
) {
	db.insert(conflictDeclarations)
		.values({ assessmentId: w.id, pantiId: w.pantiId, userId: user.id, grounds, declaredAt })
		.run();
}

describe('who may be assigned to a panti', () => {
	function schedule(w: ReturnType<typeof world>, leadId: number, memberIds: number[] = []) {
		return createAssessment(
			w.db,
			w.dinas,
			{
				pantiId: w.pantiId,
				kind: 'visit',
				instrumentVersionId: w.instrumentVersionId,
				plannedDate: null,
				leadId,
				memberIds
			},
			NOW,
			{ allowSuperseded: true }
		);
	}

	it('never an account linked to the panti, even an assessor', () => {
		const w = world();
		const linked = addUser(w.db, {
			username: 'pekerja',
			role: 'asesor',
			regionCode: null,
			pantiId: w.pantiId
		});
		expect(schedule(w, linked.id)).toEqual({
			ok: false,
			reason: 'invalid',
			errors: {
				leadId: ['pekerja terhubung dengan panti ini, jadi tidak boleh menjadi penilainya.']
			}
		});
		expect(assignableAssessors(w.db, w.pantiId, NOW).map((u) => u.name)).not.toContain('pekerja');
	});

	it('not an assessor who declared a conflict with it in the last two years (provisional)', () => {
		const w = world();
		declare(w.db, w, w.sari, ['family'], '2025-01-10T00:00:00Z');
		const refused = schedule(w, w.rina.id, [w.sari.id]);
		expect(refused).toMatchObject({ ok: false, reason: 'invalid' });
		expect(
			refused.ok === false && refused.reason === 'invalid' && refused.errors.memberIds
		).toEqual([
			'sari menyatakan konflik kepentingan dengan panti ini dalam 2 tahun terakhir dan belum dapat ditugaskan ke sana (aturan sementara).'
		]);
		expect(assignableAssessors(w.db, w.pantiId, NOW).map((u) => u.name)).toEqual(['budi', 'rina']);
	});

	it('again once the conflict is over two years old, or when none was declared', () => {
		const w = world();
		declare(w.db, w, w.sari, ['paid_advice'], '2024-11-19T00:00:00Z');
		declare(w.db, w, w.budi, [], '2026-11-01T00:00:00Z');
		expect(schedule(w, w.sari.id, [w.budi.id])).toMatchObject({ ok: true });
	});
});

describe('changing the team', () => {
	it('the Dinas replaces the lead and adds a member; audited, the version moves on', () => {
		const w = world();
		const before = w.access(w.dinas).assessment.version;
		const r = changeTeam(
			w.db,
			w.dinas,
			w.access(w.dinas),
			{ leadId: w.sari.id, memberIds: [w.rina.id, w.budi.id], version: before },
			NOW
		);
		expect(r).toEqual({ ok: true });
		expect(w.team()).toEqual([
			{ userId: w.rina.id, role: 'member' },
			{ userId: w.budi.id, role: 'member' },
			{ userId: w.sari.id, role: 'lead' }
		]);
		expect(w.access(w.sari).isLead).toBe(true);
		expect(w.access(w.dinas).assessment.version).toBe(before + 1);
		const entry = w.db.select().from(auditLog).where(eq(auditLog.action, 'assessment.team')).get()!;
		expect(entry.userId).toBe(w.dinas.id);
		// teamOf's order: the lead first, then members by name.
		expect(entry.after).toEqual({
			team: [
				{ userId: w.sari.id, name: 'sari', role: 'lead' },
				{ userId: w.budi.id, name: 'budi', role: 'member' },
				{ userId: w.rina.id, name: 'rina', role: 'member' }
			]
		});
		expect(entry.before).toEqual({
			team: [
				{ userId: w.rina.id, name: 'rina', role: 'lead' },
				{ userId: w.budi.id, name: 'budi', role: 'member' }
			]
		});
	});

	it('is refused to the team, on a stale form, after submission, and for barred people', () => {
		const w = world();
		const v = () => w.access(w.dinas).assessment.version;
		const input = () => ({ leadId: w.budi.id, memberIds: [], version: v() });
		expect(changeTeam(w.db, w.rina, w.access(w.rina), input(), NOW)).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		const outOfScope = addUser(w.db, {
			username: 'dinas.bjm',
			role: 'dinas',
			regionCode: '63.71',
			pantiId: null
		});
		expect(assessmentAccess(w.db, outOfScope, w.id)).toBeNull();
		expect(
			changeTeam(w.db, w.dinas, w.access(w.dinas), { ...input(), version: v() - 1 }, NOW)
		).toEqual({ ok: false, reason: 'stale' });
		declare(w.db, w, w.sari, ['board'], '2026-11-01T00:00:00Z');
		expect(
			changeTeam(w.db, w.dinas, w.access(w.dinas), { ...input(), memberIds: [w.sari.id] }, NOW)
		).toMatchObject({ ok: false, reason: 'invalid', errors: { memberIds: [expect.any(String)] } });
		for (const ind of w.form.indicators)
			saveScore(
				w.db,
				w.rina,
				w.access(w.rina),
				w.form,
				{ code: ind.code, level: 3, notApplicable: false, note: '', version: 0 },
				NOW
			);
		// Take budi off so rina's own sheet is the team's, then submit.
		expect(
			changeTeam(w.db, w.dinas, w.access(w.dinas), { ...input(), leadId: w.rina.id }, NOW)
		).toEqual({ ok: true });
		recordVisit(w.db, w.rina, w.id);
		expect(submit(w.db, w.rina, w.access(w.rina), w.form, NOW)).toEqual({ ok: true });
		expect(changeTeam(w.db, w.dinas, w.access(w.dinas), input(), NOW)).toEqual({
			ok: false,
			reason: 'closed'
		});
		expect(
			w.db.select().from(auditLog).where(eq(auditLog.action, 'assessment.team')).all()
		).toHaveLength(1);
	});

	it("keeps a removed member's sheet on record, but it no longer counts", () => {
		const w = world();
		for (const [who, level] of [
			[w.rina, 3],
			[w.budi, 0]
		] as const)
			for (const ind of w.form.indicators)
				saveScore(
					w.db,
					who,
					w.access(who),
					w.form,
					{ code: ind.code, level, notApplicable: false, note: '', version: 0 },
					NOW
				);
		const version = w.access(w.dinas).assessment.version;
		const removed = changeTeam(
			w.db,
			w.dinas,
			w.access(w.dinas),
			{ leadId: w.rina.id, memberIds: [], version },
			NOW
		);
		expect(removed).toEqual({ ok: true });
		const budiRows = and(eq(itemScores.assessmentId, w.id), eq(itemScores.assessorId, w.budi.id));
		expect(w.db.select().from(itemScores).where(budiRows).all()).toHaveLength(
			w.form.indicators.length
		);
		expect(assessmentAccess(w.db, w.budi, w.id)).toBeNull();
		expect(consolidationView(w.db, w.access(w.rina), w.form).team.map((m) => m.name)).toEqual([
			'rina'
		]);
		recordVisit(w.db, w.rina, w.id);
		expect(submit(w.db, w.rina, w.access(w.rina), w.form, NOW)).toEqual({ ok: true });
		expect(finalize(w.db, w.dinas, w.access(w.dinas), w.form, '2026-11-20', NOW)).toEqual({
			ok: true
		});
		// Rina's 3 of 4 everywhere: 75 %, as if budi's zeros had never been given.
		expect(w.access(w.dinas).assessment.totalPct).toBe(75);
	});

	it('tells the Dinas when the lead left over a declared conflict', () => {
		const w = world();
		expect(teamNotice(w.db, w.id)).toEqual({ withoutLead: false, conflicts: [] });
		declare(w.db, w, w.budi, [], '2026-11-01T00:00:00Z');
		declare(w.db, w, w.rina, ['employed'], '2026-11-02T00:00:00Z');
		w.db.delete(assessmentTeam).where(eq(assessmentTeam.userId, w.rina.id)).run();
		expect(teamNotice(w.db, w.id)).toEqual({ withoutLead: true, conflicts: ['rina'] });
	});
});
