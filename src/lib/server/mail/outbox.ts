/**
 * Sends the mail waiting in the outbox (issue 19). Each row is claimed before it is sent by moving
 * its next attempt a lease ahead in one UPDATE that only succeeds while the row is still due, so
 * two overlapping senders never take the same row; a successful send marks it `sent`, a failure
 * counts the attempt and schedules the next one (mail-retry.ts). Nothing is ever deleted.
 *
 * At least once, not exactly once: if the process dies after the SMTP server accepted a mail and
 * before the row is marked, the lease runs out and the mail is sent again. The Message-ID stays the
 * same (`<siap-outbox-ID@host>`), so a receiving system that deduplicates by it shows it once.
 */
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { retryDelayMs } from '$lib/domain/notifications/mail-retry';
import type { Db } from '../db';
import { emailOutbox } from '../db/schema';
import type { MailSender } from './transport';

/** How long a claimed row is left alone: far longer than a send can take (transport.ts timeouts). */
export const LEASE_MS = 10 * 60_000;
/** Rows sent per tick: small, so a tick ends quickly and one slow server delays few mails. */
export const BATCH = 10;

const at = (now: Date, plusMs = 0) => new Date(now.getTime() + plusMs).toISOString();

/** Takes the row for this sender, or false when another sender took it or it is no longer due. */
function claim(db: Db, id: number, now: Date): boolean {
	return (
		db
			.update(emailOutbox)
			.set({ nextAttemptAt: at(now, LEASE_MS) })
			.where(
				and(
					eq(emailOutbox.id, id),
					eq(emailOutbox.status, 'pending'),
					lte(emailOutbox.nextAttemptAt, at(now))
				)
			)
			.run().changes === 1
	);
}

function errorText(err: unknown): string {
	if (!(err instanceof Error)) return String(err).slice(0, 500);
	const code = 'code' in err && typeof err.code === 'string' ? `${err.code}: ` : '';
	return `${code}${err.message}`.slice(0, 500);
}

export interface SendOptions {
	/** Rows per call (default BATCH). */
	readonly batch?: number;
	/** The right side of each Message-ID: the host SIAP is served from. */
	readonly host?: string;
}

/**
 * Sends up to `batch` due rows, oldest first, and records each outcome; `now` is the tick's time
 * (tests move it past a backoff instead of waiting).
 * @example await sendDueMail(db, mailTransport(config), new Date()) // { sent: 3, failed: 0 }
 */
export async function sendDueMail(
	db: Db,
	transport: MailSender,
	now: Date,
	{ batch = BATCH, host = 'siap.localhost' }: SendOptions = {}
): Promise<{ sent: number; failed: number }> {
	const due = db
		.select()
		.from(emailOutbox)
		.where(and(eq(emailOutbox.status, 'pending'), lte(emailOutbox.nextAttemptAt, at(now))))
		.orderBy(asc(emailOutbox.id))
		.limit(batch)
		.all();
	let sent = 0;
	let failed = 0;
	for (const row of due) {
		if (!claim(db, row.id, now)) continue;
		try {
			await transport.sendMail({
				to: row.toAddress,
				subject: row.subject,
				text: row.body,
				messageId: `<siap-outbox-${row.id}@${host}>`,
				headers: { 'X-SIAP-Outbox-Id': String(row.id) }
			});
		} catch (err) {
			failed++;
			db.update(emailOutbox)
				.set({
					attempts: sql`${emailOutbox.attempts} + 1`,
					lastError: errorText(err),
					nextAttemptAt: at(now, retryDelayMs(row.attempts + 1))
				})
				.where(eq(emailOutbox.id, row.id))
				.run();
			continue;
		}
		sent++;
		db.update(emailOutbox)
			.set({
				status: 'sent',
				attempts: sql`${emailOutbox.attempts} + 1`,
				sentAt: at(now),
				lastError: null
			})
			.where(eq(emailOutbox.id, row.id))
			.run();
	}
	return { sent, failed };
}
