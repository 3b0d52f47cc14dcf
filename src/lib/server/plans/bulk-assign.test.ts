import { beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import type { Db } from '../db';
import { auditLog, improvementActions, improvementPlans } from '../db/schema';
import { assignPlanActions } from './bulk-assign';
import { demoWorld, actorOf } from '../../../../tests/support/world';

const NOW = new Date('2026-11-23T03:00:00Z');

describe('bulk assignment of plan actions', () => {
	let db: Db;
	const actor = (username: string): Actor => actorOf(db, username);
	/** kepala.kutim's panti has a current plan and a superseded one (demo history). */
	const planOf = (current: boolean) =>
		db
			.select()
			.from(improvementPlans)
			.where(
				and(
					eq(improvementPlans.pantiId, actor('kepala.kutim').pantiId!),
					current ? isNull(improvementPlans.supersededAt) : undefined
				)
			)
			.orderBy(asc(improvementPlans.id))
			.all()[0]!;
	const actionsOf = (planId: number) =>
		db
			.select()
			.from(improvementActions)
			.where(eq(improvementActions.planId, planId))
			.orderBy(asc(improvementActions.id))
			.all();
	const pick = (rows: { id: number; version: number }[]) => rows.map((a) => `${a.id}:${a.version}`);
	const audits = (ids: number[]) =>
		db
			.select()
			.from(auditLog)
			.where(
				and(eq(auditLog.action, 'plan.action.update'), inArray(auditLog.entityId, ids.map(String)))
			)
			.all();

	beforeAll(async () => {
		db = await demoWorld();
	}, 60_000);

	it('gives exactly the selected actions the owner and due date, audited once each', () => {
		const plan = planOf(true);
		const [a, b, c, d] = actionsOf(plan.id);
		const result = assignPlanActions(
			db,
			actor('kepala.kutim'),
			plan.id,
			{ actions: pick([a!, c!]), owner: 'Bu Ani (pengasuh)', dueDate: '2027-06-30' },
			NOW
		);
		expect(result).toEqual({ ok: true, changed: 2 });
		const after = new Map(actionsOf(plan.id).map((x) => [x.id, x]));
		for (const x of [a!, c!])
			expect(after.get(x.id)).toMatchObject({
				owner: 'Bu Ani (pengasuh)',
				dueDate: '2027-06-30',
				version: x.version + 1
			});
		// The others are untouched.
		for (const x of [b!, d!]) expect(after.get(x.id)).toEqual(x);
		const entries = audits([a!.id, c!.id]);
		expect(entries).toHaveLength(2);
		expect(entries[0]!.after).toEqual({ owner: 'Bu Ani (pengasuh)', dueDate: '2027-06-30' });
	});

	it('changes only the field filled in; a blank one is left as each action has it', () => {
		const plan = planOf(true);
		const e = actionsOf(plan.id)[4]!;
		const r = assignPlanActions(
			db,
			actor('dinas.kutim'),
			plan.id,
			{ actions: pick([e]), owner: '', dueDate: '2028-01-15' },
			NOW
		);
		expect(r).toEqual({ ok: true, changed: 1 });
		expect(actionsOf(plan.id)[4]).toMatchObject({ owner: e.owner, dueDate: '2028-01-15' });
	});

	it('writes nothing when one selected action was changed by someone else meanwhile', () => {
		const plan = planOf(true);
		const [, , , , , f, g] = actionsOf(plan.id);
		// Someone saves g after the page was loaded: the version the page holds is now stale.
		db.update(improvementActions)
			.set({ version: g!.version + 1 })
			.where(eq(improvementActions.id, g!.id))
			.run();
		const r = assignPlanActions(
			db,
			actor('kepala.kutim'),
			plan.id,
			{ actions: pick([f!, g!]), owner: 'Pak Budi', dueDate: '' },
			NOW
		);
		expect(r).toEqual({ ok: false, reason: 'stale', codes: [g!.indicatorCode] });
		expect(actionsOf(plan.id)[5]).toEqual(f);
	});

	it('refuses out of scope as not found, a superseded plan, a foreign action, and bad input', () => {
		const plan = planOf(true);
		const h = actionsOf(plan.id)[7]!;
		const fields = { actions: pick([h]), owner: 'Pak Budi', dueDate: '' };
		for (const username of ['kepala.banjarmasin', 'dinas.kalsel'])
			expect(assignPlanActions(db, actor(username), plan.id, fields, NOW)).toEqual({
				ok: false,
				reason: 'not_found'
			});
		const old = planOf(false);
		expect(old.supersededAt).not.toBeNull();
		expect(
			assignPlanActions(
				db,
				actor('kepala.kutim'),
				old.id,
				{ actions: pick(actionsOf(old.id).slice(0, 1)), owner: 'X', dueDate: '' },
				NOW
			)
		).toEqual({ ok: false, reason: 'superseded' });
		// An action of another plan cannot be slipped into this one.
		const foreign = { actions: pick(actionsOf(old.id).slice(0, 1)), owner: 'X', dueDate: '' };
		expect(assignPlanActions(db, actor('kepala.kutim'), plan.id, foreign, NOW)).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(
			assignPlanActions(db, actor('kepala.kutim'), plan.id, { ...fields, owner: '' }, NOW)
		).toEqual({
			ok: false,
			reason: 'invalid',
			errors: { owner: ['Isi penanggung jawab, tenggat, atau keduanya.'] }
		});
		expect(actionsOf(plan.id)[7]).toEqual(h);
	});
});
