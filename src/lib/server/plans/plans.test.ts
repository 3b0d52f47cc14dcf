import { beforeAll, describe, expect, it } from 'vitest';
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import type { Db } from '../db';
import { PANTI_STAKEHOLDERS } from '$lib/domain/plan/routing';
import {
	agendaActionPanti,
	agendaActions,
	assessmentTeam,
	auditLog,
	improvementActions,
	improvementPlans,
	panti,
	users
} from '../db/schema';
import { planAccess } from './access';
import { pantiHome } from './home';
import { planProgressList } from './progress-list';
import { plansOfPanti, planView } from './read';
import { updatePlanAction, type ActionUpdateRequest } from './update';
import { demoWorld, actorOf } from '../../../../tests/support/world';

const TODAY = '2026-11-23';
const NOW = new Date('2026-11-23T03:00:00Z');

describe('improvement plans', () => {
	let db: Db;
	const actor = (username: string): Actor => actorOf(db, username);
	/** kepala.kutim's panti: two finalized visits, so a current and a superseded plan. */
	const kutim = () => actor('kepala.kutim').pantiId!;
	const plans = () =>
		db
			.select()
			.from(improvementPlans)
			.where(eq(improvementPlans.pantiId, kutim()))
			.orderBy(asc(improvementPlans.id))
			.all();
	const current = () => plans().find((p) => p.supersededAt === null)!;
	const superseded = () => plans().find((p) => p.supersededAt !== null)!;
	/** The n-th action of a plan: each test takes its own, so they do not depend on each other. */
	const actionOf = (planId: number, n: number) =>
		db
			.select()
			.from(improvementActions)
			.where(eq(improvementActions.planId, planId))
			.orderBy(asc(improvementActions.id))
			.all()[n]!;
	const request = (
		a: { id: number; version: number },
		fields: Partial<ActionUpdateRequest['fields']> = {}
	): ActionUpdateRequest => ({
		actionId: a.id,
		version: a.version,
		fields: {
			owner: 'Bu Ani (pengasuh)',
			dueDate: '2027-03-31',
			status: 'proses',
			progressNote: 'SOP sedang disusun.',
			...fields
		}
	});
	const auditOf = (actionId: number) =>
		db
			.select()
			.from(auditLog)
			.where(
				and(
					eq(auditLog.action, 'plan.action.update'),
					eq(auditLog.entityType, 'improvement_action'),
					eq(auditLog.entityId, String(actionId))
				)
			)
			.orderBy(desc(auditLog.id))
			.all();

	// One seeded world: the demo accounts' password hashing is slow on purpose.
	beforeAll(async () => {
		db = await demoWorld();
	}, 60_000);

	it('gives the Kutai Timur panti a current plan and a superseded one', () => {
		expect(plans()).toHaveLength(2);
		expect(current().id).toBeGreaterThan(superseded().id);
		expect(actionOf(current().id, 0)).toBeDefined();
	});

	it("holds the panti's circle's actions; the visit's government and partner actions are on the agendas", () => {
		const own = db
			.select({ stakeholder: improvementActions.stakeholder })
			.from(improvementActions)
			.where(eq(improvementActions.planId, current().id))
			.all();
		expect(own.length).toBeGreaterThan(0);
		expect(own.every((a) => PANTI_STAKEHOLDERS.has(a.stakeholder))).toBe(true);
		const onAgenda = db
			.select({ scope: agendaActions.scopeCode, stakeholder: agendaActions.stakeholder })
			.from(agendaActionPanti)
			.innerJoin(agendaActions, eq(agendaActions.id, agendaActionPanti.agendaActionId))
			.where(eq(agendaActionPanti.pantiId, kutim()))
			.all();
		expect(onAgenda.length).toBeGreaterThan(0);
		expect(onAgenda.every((a) => !PANTI_STAKEHOLDERS.has(a.stakeholder))).toBe(true);
		// A community panti's government actions are its kab/kota's; Kemensos's are national.
		for (const a of onAgenda) expect(a.scope).toBe(a.stakeholder === 'kemensos' ? '' : '64.08');
	});

	it('lets the panti head update an action of their own plan, audited field by field', () => {
		const head = actor('kepala.kutim');
		const before = actionOf(current().id, 0);
		const result = updatePlanAction(db, head, current().id, request(before), NOW);
		expect(result).toEqual({ ok: true, changed: true });
		const after = actionOf(current().id, 0);
		expect(after).toMatchObject({
			owner: 'Bu Ani (pengasuh)',
			dueDate: '2027-03-31',
			status: 'proses',
			progressNote: 'SOP sedang disusun.',
			version: before.version + 1,
			updatedBy: head.id,
			updatedAt: NOW.toISOString()
		});
		const [entry] = auditOf(before.id);
		expect(entry).toMatchObject({ userId: head.id });
		expect(entry!.before).toEqual({
			owner: before.owner,
			dueDate: before.dueDate,
			status: before.status,
			progressNote: before.progressNote
		});
		expect(entry!.after).toEqual({
			owner: 'Bu Ani (pengasuh)',
			dueDate: '2027-03-31',
			status: 'proses',
			progressNote: 'SOP sedang disusun.'
		});
	});

	it('audits only the fields that changed, and writes nothing for an unchanged form', () => {
		const head = actor('kepala.kutim');
		const a = actionOf(current().id, 1);
		const same = {
			owner: a.owner,
			dueDate: a.dueDate,
			status: a.status,
			progressNote: a.progressNote
		};
		expect(updatePlanAction(db, head, current().id, request(a, same), NOW)).toEqual({
			ok: true,
			changed: false
		});
		expect(actionOf(current().id, 1).version).toBe(a.version);
		expect(auditOf(a.id)).toHaveLength(0);

		updatePlanAction(db, head, current().id, request(a, { ...same, status: 'selesai' }), NOW);
		const [entry] = auditOf(a.id);
		expect([entry!.before, entry!.after]).toEqual([{ status: a.status }, { status: 'selesai' }]);
	});

	it('refuses the head of another panti and an out-of-scope dinas as if the plan did not exist', () => {
		const a = actionOf(current().id, 2);
		for (const username of ['kepala.banjarmasin', 'dinas.kalsel', 'dinas.jepara']) {
			expect(planAccess(db, actor(username), current().id), username).toBeNull();
			expect(updatePlanAction(db, actor(username), current().id, request(a), NOW)).toEqual({
				ok: false,
				reason: 'not_found'
			});
		}
		expect(actionOf(current().id, 2)).toEqual(a);
		expect(auditOf(a.id)).toHaveLength(0);
	});

	it('lets the province and kab/kota dinas and admin update; never an assessor', () => {
		const plan = current();
		for (const [n, username] of [
			[3, 'dinas.kaltim'],
			[4, 'dinas.kutim'],
			[5, 'admin']
		] as const) {
			const a = actionOf(plan.id, n);
			expect(updatePlanAction(db, actor(username), plan.id, request(a), NOW).ok, username).toBe(
				true
			);
		}
		// The lead assessor of the basis visit may read the plan but not change it.
		const lead = db
			.select({ username: users.username })
			.from(assessmentTeam)
			.innerJoin(users, eq(users.id, assessmentTeam.userId))
			.where(eq(assessmentTeam.assessmentId, plan.assessmentId))
			.get()!.username;
		const asesor = actor(lead);
		expect(planAccess(db, asesor, plan.id)).toMatchObject({ mayEdit: false, canEdit: false });
		const a = actionOf(plan.id, 6);
		expect(updatePlanAction(db, asesor, plan.id, request(a), NOW)).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(actionOf(plan.id, 6)).toEqual(a);
	});

	it('refuses a stale version with the stored values and who saved them; nothing overwritten', () => {
		const head = actor('kepala.kutim');
		const dinas = actor('dinas.kutim');
		const opened = actionOf(current().id, 7);
		expect(updatePlanAction(db, dinas, current().id, request(opened), NOW).ok).toBe(true);
		const saved = actionOf(current().id, 7);
		const result = updatePlanAction(
			db,
			head,
			current().id,
			request(opened, { owner: 'Pak Budi', status: 'selesai' }),
			NOW
		);
		expect(result).toEqual({
			ok: false,
			reason: 'stale',
			current: {
				owner: saved.owner,
				dueDate: saved.dueDate,
				status: saved.status,
				progressNote: saved.progressNote,
				version: saved.version,
				updatedAt: saved.updatedAt,
				updatedByName: 'Dinas Sosial Kab. Kutai Timur (Demo)'
			}
		});
		expect(actionOf(current().id, 7)).toEqual(saved);
		expect(auditOf(opened.id)).toHaveLength(1);
	});

	it('refuses bad input with Indonesian field errors and changes nothing', () => {
		const head = actor('kepala.kutim');
		const a = actionOf(current().id, 8);
		const result = updatePlanAction(
			db,
			head,
			current().id,
			request(a, {
				owner: 'x'.repeat(121),
				dueDate: '2027-02-30',
				status: 'batal',
				progressNote: 'y'.repeat(1001)
			}),
			NOW
		);
		expect(result.ok).toBe(false);
		if (result.ok || result.reason !== 'invalid') throw new Error('expected invalid');
		expect(Object.keys(result.errors).sort()).toEqual([
			'dueDate',
			'owner',
			'progressNote',
			'status'
		]);
		expect(result.errors.dueDate![0]).toMatch(/^Tenggat bukan tanggal yang valid/);
		expect(actionOf(current().id, 8)).toEqual(a);
		expect(auditOf(a.id)).toHaveLength(0);
	});

	it('keeps a superseded plan readable and read-only, for everyone', () => {
		const old = superseded();
		const a = actionOf(old.id, 0);
		for (const username of ['kepala.kutim', 'dinas.kutim', 'admin']) {
			expect(planAccess(db, actor(username), old.id)).toMatchObject({
				mayEdit: true,
				canEdit: false
			});
			expect(updatePlanAction(db, actor(username), old.id, request(a), NOW)).toEqual({
				ok: false,
				reason: 'superseded'
			});
		}
		expect(actionOf(old.id, 0)).toEqual(a);
		const view = planView(
			db,
			actor('kepala.kutim'),
			planAccess(db, actor('kepala.kutim'), old.id)!,
			TODAY
		);
		expect(view.plan.currentId).toBe(current().id);
		expect(view.actions.length).toBeGreaterThan(0);
		// Its deadlines passed long ago, but a superseded plan binds no one: nothing shows as late.
		expect(view.progress.overdue).toBe(0);
		expect(view.actions.some((x) => x.overdue)).toBe(false);
	});

	it('refuses an action id from another plan', () => {
		const head = actor('kepala.kutim');
		const foreign = actionOf(superseded().id, 1);
		expect(updatePlanAction(db, head, current().id, request(foreign), NOW)).toEqual({
			ok: false,
			reason: 'not_found'
		});
	});

	it('lists the plans of a panti current first, with progress as the plan page counts it', () => {
		const head = actor('kepala.kutim');
		const list = plansOfPanti(db, head, kutim(), TODAY);
		const page = planView(db, head, planAccess(db, head, current().id)!, TODAY);
		expect(page.progress.overdue).toBeGreaterThan(0);
		expect(list[0]).toMatchObject({
			total: page.progress.total,
			done: page.progress.done,
			overdue: page.progress.overdue
		});
		expect(list.map((p) => p.id)).toEqual([current().id, superseded().id]);
		const actions = db
			.select()
			.from(improvementActions)
			.where(eq(improvementActions.planId, current().id))
			.all();
		expect(list[0]).toMatchObject({
			total: actions.length,
			done: actions.filter((a) => a.status === 'selesai').length,
			overdue: actions.filter(
				(a) => a.status !== 'selesai' && a.dueDate !== null && a.dueDate < TODAY
			).length
		});
	});

	it('shows a dinas the current plans of its region only, most overdue first', () => {
		const kutimName = db.select().from(panti).where(eq(panti.id, kutim())).get()!.name;
		const kab = planProgressList(db, actor('dinas.kutim'), { onlyOverdue: false, page: 1 }, TODAY);
		expect(kab.items.map((r) => r.pantiName)).toContain(kutimName);
		expect(kab.items.every((r) => r.regionName === 'Kabupaten Kutai Timur')).toBe(true);
		const national = planProgressList(db, actor('admin'), { onlyOverdue: false, page: 1 }, TODAY);
		const currentPlans = db
			.select()
			.from(improvementPlans)
			.where(isNull(improvementPlans.supersededAt))
			.all();
		expect(national.total).toBe(currentPlans.length);
		const overdue = national.items.map((r) => r.overdue);
		expect(overdue).toEqual([...overdue].sort((x, y) => y - x));
		const late = planProgressList(db, actor('admin'), { onlyOverdue: true, page: 1 }, TODAY);
		// Demo plans from 2025 have short-horizon actions already past due.
		expect(late.total).toBeGreaterThan(0);
		expect(late.items.every((r) => r.overdue > 0)).toBe(true);
		expect(late.total).toBe(national.items.filter((r) => r.overdue > 0).length);
		expect(
			planProgressList(db, actor('dinas.jepara'), { onlyOverdue: false, page: 1 }, TODAY).total
		).toBe(0);
	});

	it("builds the head's home from the latest visit and the current plan", () => {
		const head = actor('kepala.kutim');
		const home = pantiHome(db, head, { id: kutim(), type: 'anak' }, TODAY);
		expect(home.result).toMatchObject({ grade: 'A', assessment: { kind: 'visit' } });
		expect(home.result!.chart).toMatch(/^<svg/);
		expect(home.result!.gaps.length).toBeLessThanOrEqual(5);
		expect(home.plans.map((p) => p.id)).toEqual([current().id]);
		const plan = home.plans[0]!;
		expect(plan.next.length).toBeLessThanOrEqual(5);
		expect(plan.next.every((a) => a.status !== 'selesai')).toBe(true);
		const dues = plan.next.map((a) => a.dueDate ?? '9999');
		expect(dues).toEqual([...dues].sort());
		// A panti without any finalized result gets the empty state.
		const other = actor('kepala.banjarmasin');
		const empty = pantiHome(db, other, { id: other.pantiId!, type: 'anak' }, TODAY);
		expect(empty).toEqual({ result: null, plans: [], openSelfAssessmentId: null });
	});
});
