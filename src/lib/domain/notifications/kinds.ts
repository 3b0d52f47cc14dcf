/** What SIAP tells people (design.md §9a, issue 19): the kinds of notice, as users choose them. */

export const NOTICE_KINDS = [
	'assigned',
	'returned',
	'submitted',
	'finalized',
	'plan-due',
	'accreditation-expiring',
	'document-expiring',
	'certificate-revoked'
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** As the preferences list them ("Kirim juga lewat email: …"). */
export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = {
	assigned: 'Ditugaskan ke kunjungan',
	returned: 'Penilaian dikembalikan untuk diperbaiki',
	submitted: 'Penilaian diajukan untuk ditinjau',
	finalized: 'Akreditasi difinalkan',
	'plan-due': 'Tindakan rencana perbaikan jatuh tempo atau terlambat',
	'accreditation-expiring': 'Akreditasi segera berakhir',
	'document-expiring': 'Dokumen legal segera berakhir',
	'certificate-revoked': 'Sertifikat dicabut'
};
