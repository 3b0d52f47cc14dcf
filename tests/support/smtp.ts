/**
 * A real SMTP server for tests (the `smtp-server` package), plain and without authentication, that
 * keeps every mail it accepts, decoded enough to assert on: recipients, subject, text, outbox id.
 */
import { createServer, type Server } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Received {
	/** Envelope recipients. */
	readonly to: string[];
	readonly subject: string;
	readonly text: string;
	readonly messageId: string;
	/** The `X-SIAP-Outbox-Id` header: the outbox row the mail was sent from. */
	readonly outboxId: number;
}

export interface TestSmtp {
	readonly port: number;
	readonly stop: () => Promise<void>;
}

/** Starts a server on `port` (0: a free one) that pushes each accepted mail into `inbox`. */
export async function startSmtp(inbox: Received[], port = 0): Promise<TestSmtp> {
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onData(stream, session, done) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				const to = session.envelope.rcptTo.map((r) => r.address);
				inbox.push(parse(Buffer.concat(chunks).toString('latin1'), to));
				done();
			});
		}
	});
	await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
	const bound = (server.server.address() as { port: number }).port;
	return {
		port: bound,
		stop: () => new Promise<void>((ok) => server.close(() => ok()))
	};
}

/** A server that accepts connections and never says a word: a hung mail server. */
export async function startSilentServer(): Promise<TestSmtp> {
	const sockets = new Set<import('node:net').Socket>();
	const server: Server = createServer((s) => sockets.add(s));
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	return {
		port: (server.address() as { port: number }).port,
		stop: () =>
			new Promise<void>((ok) => {
				for (const s of sockets) s.destroy();
				server.close(() => ok());
			})
	};
}

function parse(raw: string, to: string[]): Received {
	const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
	const headers = new Map<string, string>();
	for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
		const i = line.indexOf(':');
		if (i > 0) headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
	}
	const body = rest.join('\n\n');
	const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
	const text =
		encoding === 'quoted-printable'
			? utf8(body.replace(/=\r?\n/g, ''))
			: encoding === 'base64'
				? Buffer.from(body, 'base64').toString('utf8')
				: Buffer.from(body, 'latin1').toString('utf8');
	return {
		to,
		subject: words(headers.get('subject') ?? ''),
		text: text.replace(/\r\n/g, '\n'),
		messageId: headers.get('message-id') ?? '',
		outboxId: Number(headers.get('x-siap-outbox-id'))
	};
}

/** Quoted-printable (`=C3=A9`) to text. */
function utf8(qp: string): string {
	const bytes: number[] = [];
	for (let i = 0; i < qp.length; i++) {
		const hex = qp[i] === '=' ? qp.slice(i + 1, i + 3) : '';
		if (/^[0-9A-F]{2}$/i.test(hex)) {
			bytes.push(parseInt(hex, 16));
			i += 2;
		} else bytes.push(qp.charCodeAt(i));
	}
	return Buffer.from(bytes).toString('utf8');
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`) to text; adjacent words join without the space. */
function words(value: string): string {
	return value
		.replace(/(\?=)\s+(=\?)/g, '$1$2')
		.replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
			enc.toLowerCase() === 'b'
				? Buffer.from(data, 'base64').toString('utf8')
				: utf8(data.replace(/_/g, ' '))
		);
}
