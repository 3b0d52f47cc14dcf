/**
 * The outbox against a real SMTP server (issue 19): mail arrives as composed, survives an outage
 * (waits, is retried after its backoff, is delivered once), and a hung server costs a timeout,
 * not the worker.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { emailOutbox, users } from '../db/schema';
import { notify, pantiRef } from '../notifications/notify';
import type { MailConfig } from './config';
import { sendDueMail } from './outbox';
import { mailTransport } from './transport';
import { startMailWorker } from './worker';
import { addUser } from '../../../../tests/support/db';
import { startSilentServer, startSmtp, type Received } from '../../../../tests/support/smtp';
import { kutimWorld } from '../../../../tests/support/world';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
	for (const stop of cleanup.splice(0).reverse()) await stop();
});

const configFor = (port: number): MailConfig => ({
	smtpUrl: `smtp://127.0.0.1:${port}`,
	from: 'SIAP <siap@siap.example.go.id>',
	publicUrl: 'https://siap.example.go.id'
});

/** The Kutai Timur and Kalimantan Timur Dinas, both asking for "submitted" by mail. */
function world() {
	const w = kutimWorld();
	const province = addUser(w.db, {
		username: 'kaltim',
		role: 'dinas',
		regionCode: '64',
		pantiId: null
	});
	const optIn = (id: number, email: string) =>
		w.db
			.update(users)
			.set({ email, emailKinds: ['submitted'] })
			.where(eq(users.id, id))
			.run();
	optIn(w.dinas.id, 'kutim@dinsos.example.go.id');
	optIn(province.id, 'kaltim@dinsos.example.go.id');
	return w;
}

/** `count` submitted visits, each telling both Dinas: two mails per visit. */
function submitVisits(db: Db, pantiId: number, mail: MailConfig, count: number) {
	for (let k = 1; k <= count; k++)
		db.transaction((tx) =>
			notify(
				tx,
				{ kind: 'submitted', assessmentId: k, panti: pantiRef(tx, pantiId), at: `2026-12-0${k}` },
				mail
			)
		);
}

const outbox = (db: Db) => db.select().from(emailOutbox).orderBy(asc(emailOutbox.id)).all();
const later = (base: Date, ms: number) => new Date(base.getTime() + ms);

describe('mail through a real SMTP server', { timeout: 30_000 }, () => {
	it('delivers each notice to its reader, in Indonesian, with the absolute link', async () => {
		const inbox: Received[] = [];
		const smtp = await startSmtp(inbox);
		cleanup.push(smtp.stop);
		const w = world();
		const mail = configFor(smtp.port);
		submitVisits(w.db, w.pantiId, mail, 1);
		const transport = mailTransport(mail);
		cleanup.push(async () => transport.close?.());

		expect(await sendDueMail(w.db, transport, later(new Date(), 1000))).toEqual({
			sent: 2,
			failed: 0
		});
		// Sent oldest first; the test server may finish parsing them in either order.
		const received = [...inbox].sort((a, b) => a.outboxId - b.outboxId);
		expect(received.map((m) => m.to)).toEqual([
			['kutim@dinsos.example.go.id'],
			['kaltim@dinsos.example.go.id']
		]);
		const [first] = received;
		expect(first!.subject).toMatch(/^\[SIAP\] Penilaian .+ menunggu tinjauan Anda$/);
		expect(first!.text).toContain('Buka di SIAP: https://siap.example.go.id/penilaian/1/tinjau');
		expect(first!.text).toContain('Atur jenis pemberitahuan yang dikirim lewat email');
		const rows = outbox(w.db);
		expect(first!.outboxId).toBe(rows[0]!.id);
		expect(first!.messageId).toBe(`<siap-outbox-${rows[0]!.id}@siap.localhost>`);
		expect(rows.map((r) => [r.status, r.attempts])).toEqual([
			['sent', 1],
			['sent', 1]
		]);
	});

	it('keeps mail through an outage and delivers every one exactly once when the server returns', async () => {
		// Take a free port, then close it: the mail server is down.
		const inbox: Received[] = [];
		const probe = await startSmtp(inbox);
		const port = probe.port;
		await probe.stop();
		const w = world();
		const mail = configFor(port);
		submitVisits(w.db, w.pantiId, mail, 6); // 12 mails, more than one batch
		const transport = mailTransport(mail);
		cleanup.push(async () => transport.close?.());
		const t0 = later(new Date(), 1000);

		expect(await sendDueMail(w.db, transport, t0)).toEqual({ sent: 0, failed: 10 });
		expect(await sendDueMail(w.db, transport, t0)).toEqual({ sent: 0, failed: 2 });
		let rows = outbox(w.db);
		expect(rows).toHaveLength(12);
		expect(rows.every((r) => r.status === 'pending' && r.attempts === 1)).toBe(true);
		expect(rows[0]!.lastError).toMatch(/ECONNREFUSED|ECONNECTION/);
		expect(rows[0]!.nextAttemptAt).toBe(later(t0, 30_000).toISOString());

		// Still down a backoff later: a second failed attempt, the wait doubles.
		expect(await sendDueMail(w.db, transport, later(t0, 31_000), { batch: 20 })).toEqual({
			sent: 0,
			failed: 12
		});
		rows = outbox(w.db);
		expect(rows.every((r) => r.attempts === 2)).toBe(true);
		expect(rows[0]!.nextAttemptAt).toBe(later(t0, 31_000 + 60_000).toISOString());

		// The server is back on the same port; nothing is tried before the wait is over.
		const smtp = await startSmtp(inbox, port);
		cleanup.push(smtp.stop);
		expect(await sendDueMail(w.db, transport, later(t0, 60_000))).toEqual({ sent: 0, failed: 0 });
		expect(inbox).toEqual([]);

		const back = later(t0, 92_000);
		expect(await sendDueMail(w.db, transport, back)).toEqual({ sent: 10, failed: 0 });
		expect(await sendDueMail(w.db, transport, back)).toEqual({ sent: 2, failed: 0 });
		expect(await sendDueMail(w.db, transport, later(back, 24 * 3600_000))).toEqual({
			sent: 0,
			failed: 0
		});

		rows = outbox(w.db);
		expect(rows.every((r) => r.status === 'sent' && r.attempts === 3)).toBe(true);
		// Oldest first, none lost, none twice.
		// Each exactly once (the test server may finish parsing two mails in either order).
		expect(inbox.map((m) => m.outboxId).sort((a, b) => a - b)).toEqual(rows.map((r) => r.id));
		expect(new Set(inbox.map((m) => m.messageId)).size).toBe(12);
	});

	it('gives up on a server that never answers after the greeting timeout, and retries later', async () => {
		const silent = await startSilentServer();
		cleanup.push(silent.stop);
		const w = world();
		const mail = configFor(silent.port);
		submitVisits(w.db, w.pantiId, mail, 1);
		const transport = mailTransport(mail, {
			connectionTimeout: 300,
			greetingTimeout: 300,
			socketTimeout: 300
		});
		cleanup.push(async () => transport.close?.());
		const started = performance.now();
		expect(await sendDueMail(w.db, transport, later(new Date(), 1000))).toEqual({
			sent: 0,
			failed: 2
		});
		expect(performance.now() - started).toBeLessThan(5_000);
		const rows = outbox(w.db);
		expect(rows.map((r) => r.status)).toEqual(['pending', 'pending']);
		expect(rows[0]!.lastError).toMatch(/ETIMEDOUT|[Gg]reeting/);
	});

	it('runs on its own timer once started, and stops', async () => {
		const inbox: Received[] = [];
		const smtp = await startSmtp(inbox);
		cleanup.push(smtp.stop);
		const w = world();
		const mail = configFor(smtp.port);
		submitVisits(w.db, w.pantiId, mail, 1);
		const stop = startMailWorker(w.db, mail, { intervalMs: 50 });
		cleanup.push(stop);
		await expect.poll(() => inbox.length, { timeout: 5_000 }).toBe(2);
		expect(inbox[0]!.messageId).toMatch(/@siap\.example\.go\.id>$/);
		await stop();
		submitVisits(w.db, w.pantiId, mail, 2); // one more visit after the stop
		await new Promise((r) => setTimeout(r, 200));
		expect(inbox).toHaveLength(2);
	});

	it('does nothing when mail is off', async () => {
		const w = world();
		const stop = startMailWorker(w.db, null);
		await stop();
		expect(outbox(w.db)).toEqual([]);
	});
});
