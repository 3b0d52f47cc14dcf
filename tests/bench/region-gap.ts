/**
 * The regional gap analysis (issue 17) at national scope on the national data set: the latest
 * valid accreditation of each of 10,000 panti, read as compact sheets, scored in bulk and rolled
 * up, per panti type. In process (the query and the computation), then the page itself
 * (`/analisis-wilayah` as admin, server time from the `Server-Timing` header), p50 and p95.
 */
import { createSession } from '../../src/lib/server/auth/session';
import { openDb } from '../../src/lib/server/db/index';
import { regionalGaps } from '../../src/lib/server/region-gap/load';
import { PANTI_TYPES } from '../../src/lib/domain/panti/types';
import { serverTimes } from './dinas';
import { buildNational, NATIONAL_DIR } from './national';
import { report, type Row } from './report';
import { startServer } from './server';

const RUNS = 30;
/** Its own port, so it never meets another benchmark's server. */
const PORT = 4396;
const PAGE_RUNS = 40;
const PAGE_TARGET_MS = 300;

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
	// Sessions of earlier runs would pile up in the reused data set.
	db.$client.prepare('delete from sessions where user_id = ?').run(admin.id);
	const cookie = `siap_session=${createSession(db, admin.id, new Date()).token}`;
	db.$client.close();
	times.sort((a, b) => a - b);
	const p = (q: number) => times[Math.min(times.length - 1, Math.floor(times.length * q))]!;
	return [
		...computation(p, panti),
		...(await pageRows(cookie, [
			{ what: 'default type and version', path: '/analisis-wilayah' },
			{ what: 'type anak', path: `/analisis-wilayah?jenis=anak&instrumen=${iv}` }
		]))
	];
}

/** GET the page as admin (national scope): server time p50 and p95 per case. */
async function pageRows(cookie: string, cases: { what: string; path: string }[]): Promise<Row[]> {
	const server = await startServer({ dir: NATIONAL_DIR }, PORT);
	try {
		const rows: Row[] = [];
		for (const c of cases) {
			const times = await serverTimes(c.path, cookie, `http://localhost:${PORT}`, PAGE_RUNS);
			const at = (q: number) => times[Math.min(times.length - 1, Math.floor(times.length * q))]!;
			rows.push(
				{
					what: `GET /analisis-wilayah, national (admin), ${c.what}: server time p50`,
					target: '—',
					measured: `${at(0.5).toFixed(0)} ms`,
					pass: true
				},
				{
					what: `GET /analisis-wilayah, national (admin), ${c.what}: server time p95`,
					target: `< ${PAGE_TARGET_MS} ms`,
					measured: `${at(0.95).toFixed(0)} ms`,
					pass: at(0.95) < PAGE_TARGET_MS
				}
			);
		}
		return rows;
	} finally {
		server.kill();
	}
}

/** The query and roll-up in process, without the page around them. */
function computation(p: (q: number) => number, panti: number): Row[] {
	return [
		{
			what: `regional gap analysis, national scope, one type (up to ${panti} panti), p50`,
			target: '—',
			measured: `${p(0.5).toFixed(0)} ms`,
			pass: true
		},
		{
			what: 'regional gap analysis, national scope, one type, p95 (computation only)',
			target: '< 300 ms',
			measured: `${p(0.95).toFixed(0)} ms`,
			pass: p(0.95) < 300
		}
	];
}

if (import.meta.url === `file://${process.argv[1]}`)
	report('Regional gap analysis', await benchRegionGap());
