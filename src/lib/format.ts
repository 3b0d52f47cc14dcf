import { formatDateId } from '$lib/domain/format-id';

const DATE_TIME = new Intl.DateTimeFormat('id-ID', {
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	timeZone: 'Asia/Jakarta'
});

/**
 * `2026-11-23` → `23 November 2026`; a timestamp shows its date in WIB; empty → `—`.
 * One implementation with the PDFs (domain/format-id), so pages and documents agree.
 */
export const formatDate = formatDateId;

/** An ISO timestamp in WIB, e.g. `23 Nov 2026, 14.05`. */
export function formatDateTime(iso: string | null | undefined): string {
	if (!iso) return '—';
	return DATE_TIME.format(new Date(iso));
}
