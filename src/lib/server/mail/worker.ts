/**
 * The mail worker (issue 19): sends the outbox on a timer, outside any request, so a slow or
 * absent mail server never slows a page. One worker per process; ticks never overlap (the next is
 * scheduled when the last ends) and the timer is unref'd, so it never keeps the process alive.
 */
import type { Db } from '../db';
import { mailConfig, type MailConfig } from './config';
import { BATCH, sendDueMail } from './outbox';
import { mailTransport, type MailSender } from './transport';

export interface WorkerOptions {
	/** Between ticks when the outbox had nothing more to send (default 15 s). */
	readonly intervalMs?: number;
	readonly batch?: number;
	/** Tests pass their own; by default nodemailer's SMTP transport for the config. */
	readonly transport?: MailSender;
}

/** The pause between batches while a backlog drains. */
const DRAIN_PAUSE_MS = 1_000;

/** Stops the worker; resolves when a tick in progress has finished. */
export type StopWorker = () => Promise<void>;

/**
 * Starts sending the outbox when mail is configured; with mail off it does nothing (the outbox
 * stays empty then: notify.ts queues no mail).
 * @example const stop = startMailWorker(getDb()); … await stop();
 */
export function startMailWorker(
	db: Db,
	config: MailConfig | null = mailConfig(),
	{ intervalMs = 15_000, batch = BATCH, transport }: WorkerOptions = {}
): StopWorker {
	if (!config) return async () => {};
	const sender = transport ?? mailTransport(config);
	const host = hostOf(config.publicUrl);
	let stopped = false;
	let timer: NodeJS.Timeout | undefined;
	let running: Promise<void> = Promise.resolve();

	const schedule = (ms: number) => {
		if (stopped) return;
		timer = setTimeout(() => {
			running = tick();
		}, ms);
		timer.unref();
	};
	const tick = async () => {
		let full = false;
		try {
			const { sent, failed } = await sendDueMail(db, sender, new Date(), { batch, host });
			// A full batch sent means more may be waiting: go on in a second rather than in 15 s
			// (not at once: a backlog drains ten at a time and leaves the CPU to pages in between).
			full = sent === batch && failed === 0;
		} catch (err) {
			// The database itself failed (closed, locked past its timeout): try again next tick.
			console.error('mail worker:', err);
		}
		schedule(full ? Math.min(DRAIN_PAUSE_MS, intervalMs) : intervalMs);
	};

	schedule(0);
	return async () => {
		stopped = true;
		clearTimeout(timer);
		await running;
		sender.close?.();
	};
}

function hostOf(publicUrl: string): string {
	try {
		return new URL(publicUrl).host || 'siap.localhost';
	} catch {
		return 'siap.localhost';
	}
}
