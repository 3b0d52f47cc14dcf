/**
 * Dinas pages at national scale (design.md §10): the dashboard and the comparison
 * on the national data set, server time from the `Server-Timing` header, and the server's memory.
 */
import { readFileSync } from 'node:fs';
import { createSession } from '../../src/lib/server/auth/session';
import { openDb, type Db } from '../../src/lib/server/db/index';
import { buildNational } from './national';
import type { Row } from './report';
import { startServer } from './server';

/** Its own port, so it never meets another benchmark's server. */
const PORT = 4398;
const BASE = `http://localhost:${PORT}`;
const WARMUP = 5;
const RUNS = 100;
const TARGET_MS = 150;
const TARGET_MB = 300;

const pct = (xs: readonly number[], p: number) =>
	xs[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

/** Server time of `runs` sequential requests after `WARMUP`, sorted. */
export async function serverTimes(
	path: string,
	cookie: string,
	base = BASE,
	runs = RUNS
): Promise<number[]> {
	const times: number[] = [];
	for (let i = 0; i < WARMUP + runs; i++) {
		const res = await fetch(`${base}${path}`, { headers: { cookie }, redirect: 'manual' });
		await res.arrayBuffer();
		if (res.status !== 200) throw new Error(`GET ${path}: ${res.status}`);
		const dur = Number(/dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? NaN);
		if (!Number.isFinite(dur)) throw new Error(`GET ${path}: no Server-Timing`);
		if (i >= WARMUP) times.push(dur);
	}
	return times.sort((a, b) => a - b);
}

/** Panti with a current (finalized, unrevoked) visit, evenly spread over the id range. */
function pickPanti(db: Db, count: number, regionPrefix?: string): number[] {
	const ids = (
		db.$client
			.prepare(
				`select distinct a.panti_id as id from assessments a join panti p on p.id = a.panti_id
				where a.kind = 'visit' and a.status = 'finalized' and a.revoked_at is null
				and (? is null or p.region_code like ? || '.%') order by a.panti_id`
			)
			.all(regionPrefix ?? null, regionPrefix ?? null) as { id: number }[]
	).map((r) => r.id);
	if (ids.length < count) throw new Error(`only ${ids.length} panti to compare`);
	return Array.from(
		{ length: count },
		(_, k) => ids[Math.floor(((k + 0.5) * ids.length) / count)]!
	);
}

/** VmRSS and VmHWM of a process, in MB. */
function memory(pid: number): { rss: number; peak: number } {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
	return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

export async function benchDinas(): Promise<Row[]> {
	const national = await buildNational();
	const db = openDb(national.dbPath);
	const userId = (username: string) =>
		(db.$client.prepare('select id from users where username = ?').get(username) as { id: number })
			.id;
	const admin = userId('admin');
	const kaltim = userId('dinas.kaltim');
	// Sessions of earlier runs would pile up in the reused data set.
	db.$client.prepare('delete from sessions where user_id in (?, ?)').run(admin, kaltim);
	const cookie = (id: number) => `siap_session=${createSession(db, id, new Date()).token}`;
	const adminCookie = cookie(admin);
	const kaltimCookie = cookie(kaltim);
	const compareQuery = (ids: number[]) => ids.map((id) => `id=${id}`).join('&');
	const nationalIds = pickPanti(db, 5);
	const kaltimIds = pickPanti(db, 3, '64');
	db.$client.close();

	const ms = (x: number) => `${x.toFixed(1)} ms`;
	const rows: Row[] = [
		{
			what: national.reused
				? 'national data set (reused; built by the same generator version)'
				: 'national data set: generation time',
			target: '—',
			measured: national.reused
				? `${national.sizeMb.toFixed(0)} MB`
				: `${national.seconds.toFixed(0)} s, ${national.sizeMb.toFixed(0)} MB`,
			pass: true
		}
	];
	const server = await startServer(national, PORT);
	try {
		const cases: { what: string; path: string; cookie: string; target: boolean }[] = [
			{ what: 'GET /dasbor, national (admin)', path: '/dasbor', cookie: adminCookie, target: true },
			{
				what: 'GET /dasbor?type=anak, national (admin)',
				path: '/dasbor?type=anak',
				cookie: adminCookie,
				target: true
			},
			{
				what: 'GET /dasbor, province 64 (dinas.kaltim)',
				path: '/dasbor',
				cookie: kaltimCookie,
				target: true
			},
			{
				what: 'GET /panti/bandingkan, 5 panti, national scope (admin)',
				path: `/panti/bandingkan?${compareQuery(nationalIds)}`,
				cookie: adminCookie,
				target: true
			},
			{
				what: 'GET /panti/bandingkan, 3 panti, province 64 (dinas.kaltim)',
				path: `/panti/bandingkan?${compareQuery(kaltimIds)}`,
				cookie: kaltimCookie,
				target: true
			},
			{
				what: 'GET /panti (registry, first page), national (admin)',
				path: '/panti',
				cookie: adminCookie,
				target: false
			}
		];
		for (const c of cases) {
			const times = await serverTimes(c.path, c.cookie);
			const p95 = pct(times, 0.95);
			rows.push(
				{
					what: `${c.what}, server time p50`,
					target: '—',
					measured: ms(pct(times, 0.5)),
					pass: true
				},
				{
					what: `${c.what}, server time p95`,
					target: c.target ? `< ${TARGET_MS} ms` : '—',
					measured: ms(p95),
					pass: !c.target || p95 < TARGET_MS
				}
			);
		}
		const mem = memory(server.pid!);
		rows.push(
			{
				what: `server RSS after ${cases.length * (WARMUP + RUNS)} requests (VmRSS)`,
				target: `< ${TARGET_MB} MB`,
				measured: `${mem.rss.toFixed(0)} MB`,
				pass: mem.rss < TARGET_MB
			},
			{
				what: 'server peak RSS (VmHWM)',
				target: `< ${TARGET_MB} MB`,
				measured: `${mem.peak.toFixed(0)} MB`,
				pass: mem.peak < TARGET_MB
			}
		);
		return rows;
	} finally {
		server.kill();
	}
}
