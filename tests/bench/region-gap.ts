/**
 * The regional gap analysis (issue 17) at national scope on the national data set: the latest
 * valid accreditation of each of 10,000 panti, read as compact sheets, scored in bulk and rolled
 * up, per panti type. In process (the query and the computation the page will run), p50 and p95.
 */
import { openDb } from '../../src/lib/server/db/index';
import { regionalGaps } from '../../src/lib/server/region-gap/load';
import { PANTI_TYPES } from '../../src/lib/domain/panti/types';
import { buildNational } from './national';
import { report, type Row } from './report';

const RUNS = 30;

export async function benchRegionGap(): Promise<Row[]> {
	const national = await buildNational();
	const db = openDb(national.dbPath);
	const admin = db.$client.prepare(`select id from users where username = 'admin'`).get() as {
		id: number;
	};
	const actor = { id: admin.id, role: 'admin' as const, regionCode: null, pantiId: null };
	const iv = (
		db.$client
			.prepare(
				`select instrument_version_id as iv from assessments where status = 'finalized'
				group by iv order by count(*) desc limit 1`
			)
			.get() as { iv: number }
	).iv;
	const times: number[] = [];
	let panti = 0;
	for (let k = 0; k < RUNS + PANTI_TYPES.length; k++) {
		const type = PANTI_TYPES[k % PANTI_TYPES.length]!;
		const t0 = performance.now();
		const r = regionalGaps(db, actor, { type, instrumentVersionId: iv });
		const dt = performance.now() - t0;
		// The first pass over each type warms the caches (instrument, prepared statements).
		if (k >= PANTI_TYPES.length) times.push(dt);
		panti = Math.max(panti, r?.panti ?? 0);
	}
	db.$client.close();
	times.sort((a, b) => a - b);
	const p = (q: number) => times[Math.min(times.length - 1, Math.floor(times.length * q))]!;
	return [
		{
			what: `regional gap analysis, national scope, one type (up to ${panti} panti), p50`,
			target: '—',
			measured: `${p(0.5).toFixed(0)} ms`,
			pass: true
		},
		{
			what: 'regional gap analysis, national scope, one type, p95 (computation, no page yet)',
			target: '< 300 ms',
			measured: `${p(0.95).toFixed(0)} ms`,
			pass: p(0.95) < 300
		}
	];
}

if (import.meta.url === `file://${process.argv[1]}`)
	report('Regional gap analysis', await benchRegionGap());
