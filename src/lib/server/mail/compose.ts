/** A notice as a plain-text mail in Indonesian, with the link to open it in SIAP. */
import type { Notice } from '$lib/domain/notifications/rules';
import type { MailConfig } from './config';

export function mailOf(
	n: Pick<Notice, 'title' | 'body' | 'link'>,
	mail: Pick<MailConfig, 'publicUrl'>
): { subject: string; body: string } {
	return {
		subject: `[SIAP] ${n.title}`,
		body: [
			n.title,
			'',
			n.body,
			'',
			`Buka di SIAP: ${mail.publicUrl}${n.link}`,
			'',
			'—',
			'Pesan ini dikirim otomatis oleh SIAP (Sistem Informasi Akreditasi Panti).',
			'Atur jenis pemberitahuan yang dikirim lewat email di halaman Akun saya.'
		].join('\n')
	};
}
