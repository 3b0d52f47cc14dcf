/**
 * Akun saya → "Pemberitahuan lewat email" through the real action: a valid choice is saved and
 * audited, bad input is refused on its field with nothing changed, and the notices that follow are
 * mailed exactly as chosen.
 */
import { describe, expect, it, vi } from 'vitest';
import { isActionFailure, isRedirect, type RequestEvent } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db';
import { auditLog, emailOutbox, users } from '$lib/server/db/schema';
import { notify, pantiRef } from '$lib/server/notifications/notify';
import { kutimWorld } from '../support/world';

const world = vi.hoisted(() => ({ db: undefined as unknown as Db }));
vi.mock('$lib/server/db/connection', () => ({ getDb: () => world.db }));
const { actions } = await import('../../src/routes/akun/+page.server');

function post(userId: number, fields: [string, string][]) {
	const body = new FormData();
	for (const [k, v] of fields) body.append(k, v);
	const user = world.db.select().from(users).where(eq(users.id, userId)).get()!;
	const url = new URL('http://localhost:3000/akun?/email');
	return actions.email({
		locals: { user, sessionToken: 't' },
		url,
		request: new Request(url, { method: 'POST', body })
	} as unknown as RequestEvent<Record<string, never>, '/akun'>);
}

interface Outcome {
	status?: number;
	data?: { action?: string; errors?: Record<string, string[]> };
	redirect?: string;
	result?: unknown;
}

async function outcome(p: ReturnType<typeof post>): Promise<Outcome> {
	try {
		const r: unknown = await p;
		return isActionFailure(r)
			? { status: r.status, data: r.data as Outcome['data'] }
			: { result: r };
	} catch (err) {
		if (isRedirect(err)) return { redirect: err.location };
		throw err;
	}
}

const prefs = (id: number) =>
	world.db
		.select({ email: users.email, kinds: users.emailKinds })
		.from(users)
		.where(eq(users.id, id))
		.get();

describe('mail preferences on Akun saya', { timeout: 30_000 }, () => {
	it('saves an address and the chosen kinds, audited, and mail follows the choice', async () => {
		const w = kutimWorld();
		world.db = w.db;
		expect(
			await outcome(
				post(w.dinas.id, [
					['email', ' kutim@dinsos.example.go.id '],
					['kinds', 'submitted']
				])
			)
		).toEqual({ redirect: '/akun?email=disimpan' });
		expect(prefs(w.dinas.id)).toEqual({
			email: 'kutim@dinsos.example.go.id',
			kinds: ['submitted']
		});
		const entry = w.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'user.mail-preferences'))
			.get();
		expect(entry).toMatchObject({
			userId: w.dinas.id,
			before: { email: null, kinds: [] },
			after: { email: 'kutim@dinsos.example.go.id', kinds: ['submitted'] }
		});

		const mail = { smtpUrl: 'smtp://x', from: 'SIAP <s@x>', publicUrl: 'https://siap.test' };
		const panti = pantiRef(w.db, w.pantiId);
		notify(w.db, { kind: 'submitted', assessmentId: 1, panti, at: '2026-12-03' }, mail);
		notify(
			w.db,
			{
				kind: 'document-expiring',
				documentId: 1,
				panti,
				documentLabel: 'Izin',
				expiresOn: '2027-01-01',
				expired: false
			},
			mail
		);
		expect(w.db.select({ to: emailOutbox.toAddress }).from(emailOutbox).all()).toEqual([
			{ to: 'kutim@dinsos.example.go.id' }
		]);
	});

	it.each([
		['a bad address', [['email', 'kutim di dinsos']], 'email', /tidak valid/],
		['kinds without an address', [['kinds', 'submitted']], 'email', /Isi alamat email/],
		[
			'a kind a Dinas never receives',
			[
				['email', 'kutim@dinsos.example.go.id'],
				['kinds', 'assigned']
			],
			'kinds',
			/tidak tersedia/
		]
	] as const)('refuses %s on its field and changes nothing', async (_, fields, field, message) => {
		const w = kutimWorld();
		world.db = w.db;
		const r = await outcome(
			post(
				w.dinas.id,
				fields.map(([k, v]) => [k, v])
			)
		);
		expect(r.status).toBe(400);
		expect(r.data).toMatchObject({ action: 'email' });
		expect(r.data?.errors?.[field]?.[0]).toMatch(message);
		expect(prefs(w.dinas.id)).toEqual({ email: null, kinds: [] });
		expect(
			w.db.select().from(auditLog).where(eq(auditLog.action, 'user.mail-preferences')).all()
		).toEqual([]);
	});
});
