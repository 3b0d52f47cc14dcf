import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import { assessmentAccess } from '../assessments/access';
import { createAssessment } from '../assessments/create';
import { saveScore } from '../assessments/scores';
import { createSession, validateSession } from '../auth/session';
import type { Db } from '../db';
import { users } from '../db/schema';
import { parsePantiForm } from '../panti/form';
import { createPanti } from '../panti/save';
import { addUser, testDb, validPantiForm } from '../../../../tests/support/db';
import { createUser, setUserActive, updateUser } from './manage';
import { addAsesor, kutimWorld, openAssessment } from '../../../../tests/support/world';

const now = new Date('2026-11-23T02:00:00Z');

/** A Kutai Timur panti (64.08) with an open visit whose team is rina (lead) and budi. */
function world() {
	const { db, admin, pantiId, dinas } = kutimWorld({ adminName: 'admin', now });
	const rina = addAsesor(db, 'rina');
	const budi = addAsesor(db, 'asesor.budi');
	const visit = openAssessment(db, dinas, {
		pantiId,
		plannedDate: '2026-12-01',
		leadId: rina.id,
		memberIds: [budi.id],
		now
	});
	const { form, instrumentVersionId } = visit;
	return { db, admin, rina, budi, pantiId, visitId: visit.id, form, instrumentVersionId };
}

/** The signed-in user as the hooks see them on each request (read fresh from the database). */
function signedIn(db: Db, token: string): Actor | null {
	const result = validateSession(db, token, now);
	return result.ok ? result.user : null;
}

const version = (db: Db, id: number) =>
	db.select({ v: users.version }).from(users).where(eq(users.id, id)).get()!.v;

describe('a change of powers ends the sessions', () => {
	it('asesor.budi made a Dinas (DKI) account: his old cookie is dead and he cannot score Kutai Timur', async () => {
		const { db, admin, budi, visitId, form } = world();
		const { token } = createSession(db, budi.id, now);
		const code = form.indicators[0]!.code;
		const score = { code, level: 2, notApplicable: false, note: '', version: 0 };
		// Before: he scores as a team member.
		const asAsesor = signedIn(db, token)!;
		expect(
			saveScore(db, asAsesor, assessmentAccess(db, asAsesor, visitId)!, form, score, now).ok
		).toBe(true);

		const changed = await updateUser(db, admin.id, budi.id, {
			name: 'Budi',
			role: 'dinas',
			regionCode: '31',
			pantiId: undefined,
			password: null,
			version: version(db, budi.id)
		});
		expect(changed.ok).toBe(true);
		// The old cookie no longer signs anyone in…
		expect(signedIn(db, token)).toBeNull();
		// …and signed in afresh as Dinas DKI, the Kutai Timur visit is not his to see or score.
		const asDinas = signedIn(db, createSession(db, budi.id, now).token)!;
		expect(asDinas.role).toBe('dinas');
		expect(assessmentAccess(db, asDinas, visitId)).toBeNull();
	});

	it.each([
		['role', { role: 'asesor' }, { role: 'dinas', regionCode: '64.08' }],
		['region', { role: 'dinas', regionCode: '64.08' }, { role: 'dinas', regionCode: '63' }],
		['panti link', { role: 'panti', pantiId: 'P1' }, { role: 'panti', pantiId: 'P2' }]
	] as const)('a change of %s ends every session', async (_label, from, to) => {
		const { db, admin, budi, pantiId } = world();
		const other = createPanti(
			db,
			admin,
			(parsePantiForm(validPantiForm({ name: 'LKSA Lain' })) as { ok: true; data: never }).data,
			now
		) as { id: number };
		const input = (v: {
			role: 'asesor' | 'dinas' | 'panti';
			regionCode?: string;
			pantiId?: string;
		}) => ({
			name: 'Budi',
			role: v.role,
			regionCode: v.regionCode,
			pantiId:
				v.pantiId === 'P1' ? String(pantiId) : v.pantiId === 'P2' ? String(other.id) : undefined,
			password: null,
			version: version(db, budi.id)
		});
		expect((await updateUser(db, admin.id, budi.id, input(from))).ok).toBe(true);
		const { token } = createSession(db, budi.id, now);
		expect(signedIn(db, token)?.id).toBe(budi.id);
		expect((await updateUser(db, admin.id, budi.id, input(to))).ok).toBe(true);
		expect(signedIn(db, token)).toBeNull();
	});

	it('a change of name only keeps the sessions', async () => {
		const { db, admin, budi } = world();
		const { token } = createSession(db, budi.id, now);
		await updateUser(db, admin.id, budi.id, {
			name: 'Budi Santoso',
			role: 'asesor',
			regionCode: undefined,
			pantiId: undefined,
			password: null,
			version: version(db, budi.id)
		});
		expect(signedIn(db, token)?.id).toBe(budi.id);
	});

	it('deactivating and reactivating ends the sessions each time', () => {
		const { db, admin, budi } = world();
		const first = createSession(db, budi.id, now).token;
		setUserActive(db, admin.id, budi.id, false);
		expect(signedIn(db, first)).toBeNull();
		setUserActive(db, admin.id, budi.id, true);
		const second = createSession(db, budi.id, now).token;
		setUserActive(db, admin.id, budi.id, false);
		setUserActive(db, admin.id, budi.id, true);
		expect(signedIn(db, second)).toBeNull();
	});
});

describe('only an assessor on the team scores a visit', () => {
	it('a team member who became a Dinas of the same province sees the visit but cannot score it', () => {
		const { db, budi, visitId, form } = world();
		db.update(users).set({ role: 'dinas', regionCode: '64' }).where(eq(users.id, budi.id)).run();
		const actor: Actor = { ...budi, role: 'dinas', regionCode: '64' };
		const access = assessmentAccess(db, actor, visitId)!;
		expect(access.canReview).toBe(true);
		expect(access.teamRole).toBeNull();
		expect(access.canScore).toBe(false);
		const code = form.indicators[0]!.code;
		expect(
			saveScore(
				db,
				actor,
				access,
				form,
				{ code, level: 2, notApplicable: false, note: '', version: 0 },
				now
			)
		).toEqual({ ok: false, reason: 'forbidden' });
	});

	it('a lead who became an admin is no longer the lead', () => {
		const { db, rina, visitId } = world();
		const access = assessmentAccess(db, { ...rina, role: 'admin' }, visitId)!;
		expect(access.isLead).toBe(false);
		expect(access.canScore).toBe(false);
	});

	it('a self-assessment is scored by the head of that panti only, not once moved elsewhere', () => {
		const { db, admin, pantiId, instrumentVersionId } = world();
		const head = addUser(db, { username: 'kepala', role: 'panti', regionCode: null, pantiId });
		const self = createAssessment(
			db,
			head,
			{ pantiId, kind: 'self', instrumentVersionId, plannedDate: null, leadId: 0, memberIds: [] },
			now,
			{ allowSuperseded: true }
		);
		if (!self.ok) throw new Error('self-assessment not created');
		expect(assessmentAccess(db, head, self.id)!.canScore).toBe(true);
		const other = createPanti(
			db,
			admin,
			(parsePantiForm(validPantiForm({ name: 'LKSA Lain' })) as { ok: true; data: never }).data,
			now
		) as { id: number };
		expect(assessmentAccess(db, { ...head, pantiId: other.id }, self.id)).toBeNull();
	});
});

describe('one username, created twice at once', () => {
	it('the second create is the field error "Nama pengguna sudah dipakai", not a 500', async () => {
		const db = testDb();
		const admin = addUser(db, {
			username: 'admin',
			role: 'admin',
			regionCode: null,
			pantiId: null
		});
		const input = {
			name: 'Dewi Asesor',
			username: 'asesor.dewi',
			role: 'asesor' as const,
			password: 'sandi-dewi-2026'
		};
		// Both pass the check before either inserts (the password hash lies between), so the
		// UNIQUE index is what refuses the second one.
		const results = await Promise.all([
			createUser(db, admin.id, input),
			createUser(db, admin.id, input),
			createUser(db, admin.id, input)
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok)).toEqual([
			{ ok: false, reason: 'invalid', errors: { username: ['Nama pengguna sudah dipakai.'] } },
			{ ok: false, reason: 'invalid', errors: { username: ['Nama pengguna sudah dipakai.'] } }
		]);
		expect(db.select().from(users).where(eq(users.username, 'asesor.dewi')).all()).toHaveLength(1);
		// Afterwards the plain check answers the same, without hashing.
		expect(await createUser(db, admin.id, input)).toEqual(results.find((r) => !r.ok));
	}, 30_000);
});
