/** The words and link of each notice, in plain Indonesian, its times in the panti's zone. */
import { mayReadRevokeReason } from '../access';
import { formatDate, formatDateTime } from '../format';
import { GRADE_LABELS } from '../rubric/vocabulary';
import type { Notice, NoticeEvent, Person } from './rules';

/** Days before a plan action's due date that it counts as due (issue 19). */
export const DUE_SOON_DAYS = 14;

/** The words and the link of an event's notice for one reader. */
export function content(event: NoticeEvent, p: Person): Omit<Notice, 'userId' | 'kind' | 'zone'> {
	const { panti } = event;
	const z = panti.zone;
	switch (event.kind) {
		case 'assigned': {
			const lead = event.added.find((a) => a.userId === p.id)?.lead;
			return {
				title: `Anda ditugaskan menilai ${panti.name}`,
				body: [
					`Peran Anda: ${lead ? 'ketua tim' : 'anggota tim'}.`,
					event.plannedDate ? `Rencana kunjungan ${formatDate(event.plannedDate)}.` : '',
					'Isi pernyataan konflik kepentingan sebelum menilai.'
				]
					.filter(Boolean)
					.join(' '),
				link: `/penilaian/${event.assessmentId}`,
				dedupeKey: `assigned:${event.assessmentId}`
			};
		}
		case 'returned':
			return {
				title: `Penilaian ${panti.name} dikembalikan untuk diperbaiki`,
				body: `Dikembalikan ${formatDateTime(event.at, z)}. Alasan: ${event.reason}`,
				link: `/penilaian/${event.assessmentId}`,
				dedupeKey: `returned:${event.assessmentId}:${event.at}`
			};
		case 'submitted':
			return {
				title: `Penilaian ${panti.name} menunggu tinjauan Anda`,
				body: `Diajukan ketua tim ${formatDateTime(event.at, z)}. Tinjau lalu finalkan atau kembalikan.`,
				link: `/penilaian/${event.assessmentId}/tinjau`,
				dedupeKey: `submitted:${event.assessmentId}:${event.at}`
			};
		case 'finalized':
			return {
				title: `Akreditasi ${panti.name} difinalkan: ${GRADE_LABELS[event.grade]}`,
				body: event.validUntil
					? `Berlaku sampai ${formatDate(event.validUntil)}. Lihat hasil dan rencana perbaikannya.`
					: 'Panti belum terakreditasi. Lihat hasil dan rencana perbaikannya.',
				link: `/penilaian/${event.assessmentId}/hasil`,
				dedupeKey: `finalized:${event.assessmentId}`
			};
		case 'certificate-revoked':
			return {
				title: `Sertifikat akreditasi ${panti.name} dicabut`,
				body: `Dicabut ${formatDateTime(event.at, z)}. ${
					mayReadRevokeReason(p)
						? `Alasan: ${event.reason}`
						: 'Tanyakan alasannya kepada Dinas Sosial.'
				}`,
				link: `/penilaian/${event.assessmentId}/hasil`,
				dedupeKey: `certificate-revoked:${event.assessmentId}`
			};
		case 'plan-due':
			return {
				title: `Rencana perbaikan ${panti.name}: ${[
					event.overdue ? `${event.overdue} tindakan terlambat` : '',
					event.dueSoon ? `${event.dueSoon} jatuh tempo dalam ${DUE_SOON_DAYS} hari` : ''
				]
					.filter(Boolean)
					.join(', ')}`,
				body: 'Perbarui status dan catatan kemajuan tindakan, atau sesuaikan tenggatnya.',
				link: `/panti/${panti.id}/rencana`,
				dedupeKey: `plan-due:${event.planId}:${event.day}`
			};
		case 'accreditation-expiring':
			return {
				title: `Akreditasi ${panti.name} berakhir ${formatDate(event.validUntil)}`,
				body: 'Jadwalkan akreditasi ulang sebelum masa berlakunya habis.',
				link: `/panti/${panti.id}`,
				dedupeKey: `accreditation-expiring:${event.assessmentId}`
			};
		case 'document-expiring':
			return {
				title: `${event.documentLabel} ${panti.name} ${
					event.expired ? 'sudah berakhir' : 'berakhir'
				} ${formatDate(event.expiresOn)}`,
				body: 'Perbarui dokumennya dan unggah data terbarunya di profil panti.',
				link: `/panti/${panti.id}`,
				dedupeKey: `document-expiring:${event.documentId}:${event.expiresOn}${event.expired ? ':lewat' : ''}`
			};
	}
}
