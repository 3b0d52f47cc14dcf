/**
 * Runs the daily notices inside the server process (issue 19): shortly after start, then every
 * hour. Each run is idempotent for the day (daily.ts), so the hourly runs only catch what a new
 * day, a restart or a changed due date brings; no external cron is needed.
 */
import type { Db } from '../db';
import { runDailyNotices } from './daily';

export function startDailyNotices(
	db: Db,
	{ firstDelayMs = 10_000, everyMs = 60 * 60_000 } = {}
): () => void {
	const run = () => {
		try {
			const written = runDailyNotices(db);
			if (written) console.log(`Pemberitahuan harian: ${written} ditulis.`);
		} catch (e) {
			// A failed run is retried at the next tick; it must never take the server down.
			console.error('Pemberitahuan harian gagal:', e);
		}
	};
	const first = setTimeout(run, firstDelayMs);
	const every = setInterval(run, everyMs);
	first.unref();
	every.unref();
	return () => {
		clearTimeout(first);
		clearInterval(every);
	};
}
