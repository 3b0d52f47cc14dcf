import { describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import { assessmentAccess } from '../assessments/access';
import { saveScore } from '../assessments/scores';
import { finalize, returnForRevision, submit } from '../assessments/workflow';
import { revokeCertificate } from '../certificates/revoke';
import type { Db } from '../db';
import { emailOutbox, notifications, users } from '../db/schema';
import { notify, pantiRef } from './notify';
import { addUser } from '../../../../tests/support/db';
import {
	addAsesor,
	kutimWorld,
	openAssessment,
	recordVisit
} from '../../../../tests/support/world';

const NOW = new Date('2026-12-03T02:00:00Z');

function world() {
	const w = kutimWorld();
	const rina = addAsesor(w.db, 'rina');
	const kepala = addUser(w.db, {
		username: 'kepala',
		role: 'panti',
		regionCode: null,
		pantiId: w.pantiId
	});
	const province = addUser(w.db, {
		username: 'kaltim',
		role: 'dinas',
		regionCode: '64',
		pantiId: null
	});
	const elsewhere = addUser(w.db, {
		username: 'kalsel',
		role: 'dinas',
		regionCode: '63',
		pantiId: null
	});
	const inbox = (who: Actor) =>
		w.db
			.select()
			.from(notifications)
			.where(eq(notifications.userId, who.id))
			.orderBy(asc(notifications.id))
			.all();
	return { ...w, rina, kepala, province, elsewhere, inbox };
}

/** Rina scores every indicator at 3, records the visit and submits. */
function scoreAndSubmit(
	db: Db,
	rina: Actor,
	id: number,
	form: ReturnType<typeof openAssessment>['form']
) {
	for (const ind of form.indicators)
		saveScore(
			db,
			rina,
			assessmentAccess(db, rina, id)!,
			form,
			{ code: ind.code, level: 3, notApplicable: false, note: '', version: 0 },
			NOW
		);
	recordVisit(db, rina, id);
	expect(submit(db, rina, assessmentAccess(db, rina, id)!, form, NOW).ok).toBe(true);
}

describe('notices written with their events', { timeout: 30_000 }, () => {
	it('tells each hand-off to the person who must act next, and nobody outside the scope', () => {
		const w = world();
		const { id, form } = openAssessment(w.db, w.dinas, { pantiId: w.pantiId, leadId: w.rina.id });
		expect(w.inbox(w.rina).map((n) => [n.kind, n.link])).toEqual([
			['assigned', `/penilaian/${id}`]
		]);

		scoreAndSubmit(w.db, w.rina, id, form);
		expect(w.inbox(w.dinas).map((n) => n.kind)).toEqual(['submitted']);
		expect(w.inbox(w.province).map((n) => n.kind)).toEqual(['submitted']);
		expect(w.inbox(w.elsewhere)).toEqual([]);
		expect(w.inbox(w.kepala)).toEqual([]);

		const reviewer = () => assessmentAccess(w.db, w.dinas, id)!;
		expect(returnForRevision(w.db, w.dinas, reviewer(), 'Foto dapur belum ada.', NOW).ok).toBe(
			true
		);
		const returned = w.inbox(w.rina).at(-1)!;
		expect(returned).toMatchObject({ kind: 'returned', zone: 'WITA' });
		expect(returned.body).toContain('Foto dapur belum ada.');

		expect(
			submit(
				w.db,
				w.rina,
				assessmentAccess(w.db, w.rina, id)!,
				form,
				new Date(NOW.getTime() + 60_000)
			).ok
		).toBe(true);
		expect(w.inbox(w.dinas).map((n) => n.kind)).toEqual(['submitted', 'submitted']);

		expect(finalize(w.db, w.dinas, reviewer(), form, '2026-12-03', NOW).ok).toBe(true);
		expect(w.inbox(w.kepala).map((n) => [n.kind, n.link])).toEqual([
			['finalized', `/penilaian/${id}/hasil`]
		]);
		expect(w.inbox(w.rina).at(-1)!.kind).toBe('finalized');

		const admin = w.admin;
		expect(
			revokeCertificate(
				w.db,
				admin,
				assessmentAccess(w.db, admin, id)!,
				'Ditemukan pemalsuan dokumen legal.',
				NOW
			).ok
		).toBe(true);
		expect(w.inbox(w.kepala).at(-1)!.body).toContain('Tanyakan alasannya');
		expect(w.inbox(w.dinas).at(-1)!.body).toContain('pemalsuan dokumen');
	});

	it('tells nobody of a self-assessment, the head’s own work', () => {
		const w = world();
		openAssessment(w.db, w.kepala, { pantiId: w.pantiId, leadId: w.kepala.id, kind: 'self' });
		expect(w.db.select().from(notifications).all()).toEqual([]);
	});

	it('writes a notice once per reader and thing, and queues mail only for those who asked', () => {
		const w = world();
		w.db
			.update(users)
			.set({ email: 'dinas@example.go.id', emailKinds: ['submitted'] })
			.where(eq(users.id, w.dinas.id))
			.run();
		w.db
			.update(users)
			.set({ email: 'kaltim@example.go.id', emailKinds: [] })
			.where(eq(users.id, w.province.id))
			.run();
		const event = {
			kind: 'submitted',
			assessmentId: 1,
			panti: pantiRef(w.db, w.pantiId),
			at: NOW.toISOString()
		} as const;
		const mail = {
			smtpUrl: 'smtp://localhost:2525',
			from: 'SIAP <siap@localhost>',
			publicUrl: 'https://siap.example.go.id'
		};
		expect(notify(w.db, event, mail)).toBe(2);
		expect(notify(w.db, event, mail)).toBe(0);
		const queued = w.db.select().from(emailOutbox).all();
		expect(queued).toHaveLength(1);
		expect(queued[0]).toMatchObject({
			toAddress: 'dinas@example.go.id',
			status: 'pending',
			attempts: 0
		});
		expect(queued[0]!.subject).toMatch(/^\[SIAP\] Penilaian .* menunggu tinjauan Anda$/);
		expect(queued[0]!.body).toContain('https://siap.example.go.id/penilaian/1/tinjau');
		// Mail off (no SMTP configured): notices only.
		expect(notify(w.db, { ...event, at: '2026-12-04T00:00:00Z' }, null)).toBe(2);
		expect(w.db.select().from(emailOutbox).all()).toHaveLength(1);
	});
});
