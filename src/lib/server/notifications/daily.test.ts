import { describe, expect, it } from 'vitest';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import {
	assessments,
	improvementActions,
	improvementPlans,
	notifications,
	pantiLegalDocuments
} from '../db/schema';
import { runDailyNotices } from './daily';
import { addUser } from '../../../../tests/support/db';
import { addAsesor, finalizedVisit, kutimWorld } from '../../../../tests/support/world';

// 08.00 WITA on 3 December 2026 (Kutai Timur keeps WITA).
const NOW = new Date('2026-12-03T00:00:00Z');
const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

function world(finalizedOn = '2026-12-03') {
	const w = kutimWorld();
	const rina = addAsesor(w.db, 'rina');
	const kepala = addUser(w.db, {
		username: 'kepala',
		role: 'panti',
		regionCode: null,
		pantiId: w.pantiId
	});
	const visit = finalizedVisit(w.db, w.dinas, rina, w.pantiId, { today: finalizedOn, now: NOW });
	const plan = w.db
		.select()
		.from(improvementPlans)
		.where(and(eq(improvementPlans.pantiId, w.pantiId), isNull(improvementPlans.supersededAt)))
		.get()!;
	const actions = w.db
		.select()
		.from(improvementActions)
		.where(eq(improvementActions.planId, plan.id))
		.orderBy(asc(improvementActions.id))
		.all();
	const due = (k: number, dueDate: string) =>
		w.db
			.update(improvementActions)
			.set({ dueDate })
			.where(eq(improvementActions.id, actions[k]!.id))
			.run();
	const inbox = (who: Actor, kind: string) =>
		w.db
			.select()
			.from(notifications)
			.where(and(eq(notifications.userId, who.id), eq(notifications.kind, kind as 'plan-due')))
			.orderBy(asc(notifications.id))
			.all();
	return { ...w, kepala, visit, plan, due, inbox };
}

describe('the daily notices', { timeout: 30_000 }, () => {
	it('tells the kepala and the Dinas once of actions falling due or overdue, again only when more do', () => {
		const w = world();
		expect(runDailyNotices(w.db, NOW)).toBe(0);
		w.due(0, '2026-12-01');
		w.due(1, '2026-12-17');
		w.due(2, '2026-12-18');
		expect(runDailyNotices(w.db, NOW)).toBe(2);
		const [n] = w.inbox(w.kepala, 'plan-due');
		expect(n!.title).toMatch(/: 1 tindakan terlambat, 1 jatuh tempo dalam 14 hari$/);
		expect(n!.link).toBe(`/panti/${w.pantiId}/rencana`);
		expect(w.inbox(w.dinas, 'plan-due')).toHaveLength(1);
		// The same day, or after a restart: nothing new.
		expect(runDailyNotices(w.db, NOW)).toBe(0);
		// The next day the third action falls within 14 days: told once more.
		expect(runDailyNotices(w.db, day(1))).toBe(2);
		expect(w.inbox(w.kepala, 'plan-due').at(-1)!.title).toMatch(
			/1 tindakan terlambat, 2 jatuh tempo/
		);
		expect(runDailyNotices(w.db, day(1))).toBe(0);
		// An action falling due on a day its plan was already told about waits for the next day.
		w.due(3, '2026-12-18');
		expect(runDailyNotices(w.db, day(1))).toBe(0);
		expect(runDailyNotices(w.db, day(2))).toBe(2);
		expect(w.inbox(w.kepala, 'plan-due').at(-1)!.title).toMatch(
			/1 tindakan terlambat, 3 jatuh tempo/
		);
		// Finished actions are nobody's worry.
		w.db
			.update(improvementActions)
			.set({ status: 'selesai' })
			.where(eq(improvementActions.planId, w.plan.id))
			.run();
		expect(runDailyNotices(w.db, day(30))).toBe(0);
	});

	it('tells of an accreditation ending within six months once, and of a legal document ending', () => {
		// Graded A on 1 March 2022: valid five years, until 1 March 2027.
		const w = world('2022-03-01');
		const row = w.db.select().from(assessments).where(eq(assessments.id, w.visit.id)).get()!;
		expect([row.grade, row.validUntil]).toEqual(['A', '2027-03-01']);
		w.db
			.insert(pantiLegalDocuments)
			.values({
				pantiId: w.pantiId,
				kind: 'izin_operasional',
				number: 'IO/1',
				expiresOn: '2026-11-30'
			})
			.onConflictDoUpdate({
				target: [pantiLegalDocuments.pantiId, pantiLegalDocuments.kind],
				set: { expiresOn: '2026-11-30' }
			})
			.run();
		expect(runDailyNotices(w.db, NOW)).toBeGreaterThan(0);
		expect(w.inbox(w.kepala, 'accreditation-expiring').map((n) => n.title)).toEqual([
			expect.stringMatching(/berakhir 1 Maret 2027$/)
		]);
		expect(w.inbox(w.dinas, 'document-expiring').map((n) => n.title)).toEqual([
			expect.stringMatching(/^Izin operasional .* sudah berakhir 30 November 2026$/)
		]);
		expect(runDailyNotices(w.db, day(1))).toBe(0);
	});
});
