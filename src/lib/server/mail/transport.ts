/** The one module that sets up nodemailer: an SMTP transport that gives up on a hung server. */
import nodemailer from 'nodemailer';
import type { MailConfig } from './config';

/** One mail as the outbox sends it: plain text, tied to its outbox row by its headers. */
export interface OutgoingMail {
	readonly to: string;
	readonly subject: string;
	readonly text: string;
	readonly messageId: string;
	readonly headers: Record<string, string>;
}

/** What the outbox needs of a transport (nodemailer's, or a test's). */
export interface MailSender {
	sendMail(mail: OutgoingMail): Promise<unknown>;
	close?(): void;
}

/**
 * Seconds, not nodemailer's minutes: a server that accepts the connection and then says nothing
 * would otherwise hold a worker tick for 10 minutes (the default socket timeout). A timed-out send
 * is a failed attempt like any other and is retried later.
 */
export const SMTP_TIMEOUTS = {
	connectionTimeout: 10_000,
	greetingTimeout: 10_000,
	socketTimeout: 30_000
} as const;

/** An SMTP transport for the configured server, the sender filled in on every mail. */
export function mailTransport(
	config: Pick<MailConfig, 'smtpUrl' | 'from'>,
	timeouts: { [K in keyof typeof SMTP_TIMEOUTS]: number } = SMTP_TIMEOUTS
): MailSender {
	return nodemailer.createTransport({ url: config.smtpUrl, ...timeouts }, { from: config.from });
}
