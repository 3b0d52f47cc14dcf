const DATE = new Intl.DateTimeFormat('id-ID', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});
const DATE_TIME = new Intl.DateTimeFormat('id-ID', {
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	timeZone: 'Asia/Jakarta'
});

/** `2026-11-23` → `23 November 2026`; empty → `—`. */
export function formatDate(iso: string | null | undefined): string {
	if (!iso) return '—';
	return DATE.format(new Date(iso.slice(0, 10) + 'T00:00:00Z'));
}

/** An ISO timestamp in WIB, e.g. `23 Nov 2026, 14.05`. */
export function formatDateTime(iso: string | null | undefined): string {
	if (!iso) return '—';
	return DATE_TIME.format(new Date(iso));
}
