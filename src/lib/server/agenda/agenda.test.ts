import { beforeAll, describe, expect, it } from 'vitest';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import { PANTI_STAKEHOLDERS } from '$lib/domain/plan/routing';
import type { Db } from '../db';
import { agendaActions, assessments, auditLog, panti } from '../db/schema';
import type { ActionUpdateRequest } from '../plans/save-action';
import { agendaScope, requestedScope, scopeChoices } from './access';
import { agendaForPanti, agendaView } from './read';
import { updateAgendaAction } from './update';
import { actorOf, demoWorld } from '../../../../tests/support/world';

const TODAY = '2026-11-23';
const NOW = new Date('2026-11-23T03:00:00Z');

describe('regional agendas', () => {
	let db: Db;
	const actor = (username: string): Actor => actorOf(db, username);
	/** The n-th action of an agenda: each test takes its own, so they do not depend on each other. */
	const actionOf = (scopeCode: string, n: number) =>
		db
			.select()
			.from(agendaActions)
			.where(eq(agendaActions.scopeCode, scopeCode))
			.orderBy(asc(agendaActions.id))
			.all()[n]!;
	const request = (
		a: { id: number; version: number },
		fields: Partial<ActionUpdateRequest['fields']> = {}
	): ActionUpdateRequest => ({
		actionId: a.id,
		version: a.version,
		fields: {
			owner: 'Bidang Rehabilitasi Sosial',
			dueDate: '2027-06-30',
			status: 'proses',
			progressNote: 'Rapat koordinasi dengan Bappeda dijadwalkan.',
			...fields
		}
	});
	const auditOf = (actionId: number) =>
		db
			.select()
			.from(auditLog)
			.where(
				and(
					eq(auditLog.action, 'agenda.action.update'),
					eq(auditLog.entityType, 'agenda_action'),
					eq(auditLog.entityId, String(actionId))
				)
			)
			.orderBy(desc(auditLog.id))
			.all();

	beforeAll(async () => {
		db = await demoWorld();
	}, 60_000);

	it('shows a kab/kota Dinas its agenda, overdue first, with the panti each action serves', () => {
		const dinas = actor('dinas.kutim');
		const scope = agendaScope(db, dinas, requestedScope(dinas, null));
		expect(scope).toEqual({
			code: '64.08',
			name: 'Kabupaten Kutai Timur',
			level: 'regency',
			canEdit: true
		});
		const { actions, progress } = agendaView(db, dinas, '64.08', TODAY);
		expect(actions.length).toBe(progress.total);
		expect(actions.every((a) => a.scopeCode === '64.08')).toBe(true);
		expect(actions.some((a) => PANTI_STAKEHOLDERS.has(a.stakeholder))).toBe(false);
		// kepala.kutim's panti, by its latest finalized visit.
		const pantiId = actor('kepala.kutim').pantiId!;
		const latest = db
			.select()
			.from(assessments)
			.where(and(eq(assessments.pantiId, pantiId), eq(assessments.status, 'finalized')))
			.orderBy(desc(assessments.finalizedAt))
			.get()!;
		const served = actions.flatMap((a) => a.panti);
		expect(served.length).toBeGreaterThan(0);
		expect(served.every((p) => p.id === pantiId && p.assessmentId === latest.id && p.open)).toBe(
			true
		);
		// Indicator titles come from the visit's instrument, not the bare code.
		expect(actions[0]!.indicatorTitle).not.toBe(actions[0]!.indicatorCode);
		const late = actions.filter((a) => a.overdue).length;
		expect(late).toBeGreaterThan(0);
		expect(progress.overdue).toBe(late);
		expect(actions.slice(0, late).every((a) => a.overdue)).toBe(true);
		const dues = actions.slice(0, late).map((a) => a.dueDate!);
		expect(dues).toEqual([...dues].sort());
	});

	it('lets a province Dinas keep its agenda and follow its kab/kota read-only', () => {
		const kaltim = actor('dinas.kaltim');
		expect(agendaScope(db, kaltim, requestedScope(kaltim, null))).toMatchObject({
			code: '64',
			canEdit: true
		});
		expect(agendaScope(db, kaltim, '64.08')).toMatchObject({ canEdit: false });
		const province = agendaView(db, kaltim, '64', TODAY).actions;
		expect(province.length).toBeGreaterThan(0);
		// A daerah-owned panti's government actions are its province's.
		const owners = db
			.select({ ownership: panti.ownership, region: panti.regionCode })
			.from(panti)
			.where(eq(panti.id, province[0]!.panti[0]!.id))
			.get()!;
		expect(owners).toEqual({ ownership: 'daerah', region: expect.stringMatching(/^64\./) });
		const choices = scopeChoices(db, kaltim);
		expect(choices[0]).toEqual({ code: '64', name: 'Kalimantan Timur', count: province.length });
		expect(choices.find((c) => c.code === '64.08')!.count).toBe(
			agendaView(db, kaltim, '64.08', TODAY).actions.length
		);
		expect(choices.every((c) => c.code === '64' || c.code.startsWith('64.'))).toBe(true);
		expect(scopeChoices(db, actor('dinas.kutim'))).toEqual([]);
	});

	it('refuses other regions, the national agenda to a Dinas, heads, assessors and unknown scopes', () => {
		for (const [username, code] of [
			['dinas.kalsel', '64.08'],
			['dinas.kalsel', '64'],
			['dinas.kutim', '64'],
			['dinas.kutim', '64.72'],
			['dinas.kaltim', ''],
			['kepala.kutim', '64.08'],
			['asesor.rina', '64.08'],
			['admin', '99.99']
		] as const)
			expect(agendaScope(db, actor(username), code), `${username} ${code}`).toBeNull();
		expect(requestedScope(actor('kepala.kutim'), null)).toBeNull();
		expect(agendaScope(db, actor('admin'), requestedScope(actor('admin'), 'nasional'))).toEqual({
			code: '',
			name: 'Nasional',
			level: 'national',
			canEdit: true
		});
		expect(scopeChoices(db, actor('admin'))[0]).toMatchObject({ code: '', name: 'Nasional' });
	});

	it('lets the keeper update an action, audited field by field', () => {
		for (const [username, scope] of [
			['dinas.kutim', '64.08'],
			['dinas.kaltim', '64'],
			['admin', '']
		] as const) {
			const who = actor(username);
			const before = actionOf(scope, 0);
			expect(updateAgendaAction(db, who, scope, request(before), NOW), username).toEqual({
				ok: true,
				changed: true
			});
			expect(actionOf(scope, 0)).toMatchObject({
				owner: 'Bidang Rehabilitasi Sosial',
				dueDate: '2027-06-30',
				status: 'proses',
				progressNote: 'Rapat koordinasi dengan Bappeda dijadwalkan.',
				version: before.version + 1,
				updatedBy: who.id,
				updatedAt: NOW.toISOString()
			});
			const [entry] = auditOf(before.id);
			expect(entry).toMatchObject({ userId: who.id });
			expect(entry!.before).toEqual({
				owner: before.owner,
				dueDate: before.dueDate,
				status: before.status,
				progressNote: before.progressNote
			});
		}
		// Saved unchanged: nothing written.
		const saved = actionOf('64.08', 0);
		const same = {
			owner: saved.owner,
			dueDate: saved.dueDate,
			status: saved.status,
			progressNote: saved.progressNote
		};
		expect(
			updateAgendaAction(db, actor('dinas.kutim'), '64.08', request(saved, same), NOW)
		).toEqual({ ok: true, changed: false });
		expect(auditOf(saved.id)).toHaveLength(1);
	});

	it('refuses whoever does not keep the agenda, and an action of another agenda', () => {
		const a = actionOf('64.08', 1);
		for (const [username, reason] of [
			['dinas.kaltim', 'forbidden'], // follows Kutai Timur's agenda, does not keep it
			['admin', 'forbidden'],
			['dinas.kalsel', 'not_found'],
			['kepala.kutim', 'not_found'],
			['asesor.rina', 'not_found']
		] as const)
			expect(updateAgendaAction(db, actor(username), '64.08', request(a), NOW), username).toEqual({
				ok: false,
				reason
			});
		// A province action posted as if it were on Kutai Timur's agenda.
		const provincial = actionOf('64', 1);
		expect(updateAgendaAction(db, actor('dinas.kutim'), '64.08', request(provincial), NOW)).toEqual(
			{ ok: false, reason: 'not_found' }
		);
		expect(actionOf('64.08', 1)).toEqual(a);
		expect(actionOf('64', 1)).toEqual(provincial);
		expect(auditOf(a.id)).toHaveLength(0);
	});

	it('refuses a stale version with the stored values and who saved them; nothing overwritten', () => {
		const opened = actionOf('64.08', 2);
		const dinas = actor('dinas.kutim');
		expect(updateAgendaAction(db, dinas, '64.08', request(opened), NOW).ok).toBe(true);
		const saved = actionOf('64.08', 2);
		const result = updateAgendaAction(
			db,
			dinas,
			'64.08',
			request(opened, { status: 'selesai' }),
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
		expect(actionOf('64.08', 2)).toEqual(saved);
	});

	it('refuses bad input with Indonesian field errors and changes nothing', () => {
		const a = actionOf('64.08', 3);
		const result = updateAgendaAction(
			db,
			actor('dinas.kutim'),
			'64.08',
			request(a, { owner: 'x'.repeat(121), dueDate: '2027-02-30', status: 'batal' }),
			NOW
		);
		if (result.ok || result.reason !== 'invalid') throw new Error('expected invalid');
		expect(Object.keys(result.errors).sort()).toEqual(['dueDate', 'owner', 'status']);
		expect(result.errors.dueDate![0]).toMatch(/^Tenggat bukan tanggal yang valid/);
		expect(actionOf('64.08', 3)).toEqual(a);
		expect(auditOf(a.id)).toHaveLength(0);
	});

	it("lists on a panti's plan page what government and partners are to do for it", () => {
		const head = actor('kepala.kutim');
		const list = agendaForPanti(db, head, head.pantiId!, TODAY);
		expect(list.length).toBeGreaterThan(0);
		expect(list.some((a) => PANTI_STAKEHOLDERS.has(a.stakeholder))).toBe(false);
		// Its kab/kota's actions and Kemensos's national ones.
		expect(new Set(list.map((a) => a.agendaName))).toEqual(
			new Set(['Kabupaten Kutai Timur', null])
		);
		for (const a of list) expect(a.agendaName === null).toBe(a.stakeholder === 'kemensos');
		// A panti no visit has finalized is served by nothing yet.
		const other = actor('kepala.banjarmasin');
		expect(agendaForPanti(db, other, other.pantiId!, TODAY)).toEqual([]);
	});
});
