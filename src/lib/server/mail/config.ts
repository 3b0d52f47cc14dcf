/**
 * Mail is optional and off by default (issue 19): set `SIAP_SMTP_URL` to send notices by email
 * too. `npm start` needs none of it.
 */

export interface MailConfig {
	/** `smtp://user:pass@host:587` or `smtps://…:465`, as nodemailer reads it. */
	readonly smtpUrl: string;
	/** The sender, e.g. `SIAP <siap@dinsos.example.go.id>`. */
	readonly from: string;
	/** The public address links in mails point to. */
	readonly publicUrl: string;
}

/** The mail settings from the environment, or null when mail is off. */
export function mailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig | null {
	const smtpUrl = env.SIAP_SMTP_URL?.trim();
	if (!smtpUrl) return null;
	const publicUrl = (env.SIAP_PUBLIC_URL || env.ORIGIN || `http://localhost:${env.PORT || 3000}`)
		.trim()
		.replace(/\/+$/, '');
	return { smtpUrl, from: env.SIAP_MAIL_FROM?.trim() || 'SIAP <siap@localhost>', publicUrl };
}
