/**
 * PDF benchmarks: the report, certificate and improvement plan of a finalized
 * 250-indicator assessment rendered in-process by pdfmake (time and memory), then the report
 * downloaded over HTTP from the production server against Chromium printing the results page.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GCProfiler, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { eq } from 'drizzle-orm';
import { chromium } from '@playwright/test';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Actor } from '../../src/lib/domain/access';
import { buildCertificate } from '../../src/lib/domain/reports/certificate';
import { buildPlan } from '../../src/lib/domain/reports/plan';
import { buildReport } from '../../src/lib/domain/reports/report';
import { assessmentAccess, type AssessmentAccess } from '../../src/lib/server/assessments/access';
import { saveScore } from '../../src/lib/server/assessments/scores';
import { saveVisitRecord } from '../../src/lib/server/assessments/visit-record';
import { finalize, submit } from '../../src/lib/server/assessments/workflow';
import { createSession } from '../../src/lib/server/auth/session';
import { todayWib } from '../../src/lib/server/clock';
import { openDb, type Queryable } from '../../src/lib/server/db/index';
import { users } from '../../src/lib/server/db/schema';
import { certificateData, planData, reportData } from '../../src/lib/server/reports/data';
import { renderPdf } from '../../src/lib/server/reports/pdf';
import { instrumentFor } from '../../src/lib/server/rubrics/read';
import type { Row } from './report';
import { BASE, startServer } from './server';
import { buildWorld, ROOT, type World } from './world';

const MB = 1024 * 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(s.length * p))]!;
};
const ms = (x: number) => `${x.toFixed(0)} ms`;
/** Pages of a PDF: its page objects (pdfkit and Skia both write `/Type /Page` uncompressed). */
const pagesOf = (bytes: Uint8Array) =>
	(
		Buffer.from(bytes)
			.toString('latin1')
			.match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []
	).length;
const size = (bytes: Uint8Array) =>
	`${pagesOf(bytes)} pages, ${(bytes.length / 1024).toFixed(0)} KB`;

const actorOf = (u: typeof users.$inferSelect): Actor => ({
	id: u.id,
	role: u.role,
	regionCode: u.regionCode,
	pantiId: u.pantiId
});

/**
 * Scores every indicator of the world's one-person assessment on the lead's sheet (levels varying
 * by indicator, some N/A, some notes, the legality gate passed so a certificate is issued), then
 * the lead submits and dinas finalizes, which also proposes the improvement plan.
 */
function finalizeWorld(world: World) {
	const { db } = world;
	const user = (username: string) =>
		actorOf(db.select().from(users).where(eq(users.username, username)).get()!);
	const lead = user('bench.0');
	const dinas = user('dinas.kutim');
	const id = world.assessmentId;
	const first = assessmentAccess(db, lead, id)!;
	const form = instrumentFor(db, first.assessment.instrumentVersionId, first.pantiType)!;
	if (form.indicators.length !== world.codes.length) throw new Error('not the synthetic form');
	const now = new Date();
	form.indicators.forEach((ind, i) => {
		const na = ind.indicator.allowNA && i % 2 === 0;
		const r = saveScore(
			db,
			lead,
			assessmentAccess(db, lead, id)!,
			form,
			{
				code: ind.code,
				level: na ? null : ind.code === 'KEL-01' ? ind.max : (i * 7) % (ind.max + 1),
				notApplicable: na,
				note: i % 10 === 0 ? `Catatan asesor untuk ${ind.code}: bukti diperiksa di lokasi.` : '',
				version: 0
			},
			now
		);
		if (!r.ok) throw new Error(`score ${ind.code}: ${JSON.stringify(r)}`);
	});
	// A visit is submitted with its visit record (the report prints it).
	const visit = assessmentAccess(db, lead, id)!;
	const day = todayWib(now);
	const recorded = saveVisitRecord(
		db,
		lead,
		visit,
		visit.assessment.version,
		{
			startedOn: day,
			endedOn: day,
			present: [{ name: 'Kepala panti bench', position: 'Kepala panti' }],
			teamPresent: [lead.id]
		},
		now
	);
	if (!recorded.ok) throw new Error(`visit record: ${recorded.reason}`);
	const submitted = submit(db, lead, assessmentAccess(db, lead, id)!, form, now);
	if (!submitted.ok) throw new Error(`submit: ${submitted.message}`);
	const done = finalize(db, dinas, assessmentAccess(db, dinas, id)!, form, todayWib(now), now);
	if (!done.ok) throw new Error(`finalize: ${done.message}`);
	return { dinas, access: assessmentAccess(db, dinas, id)!, indicators: form.indicators.length };
}

interface Timed {
	p50: number;
	p95: number;
	bytes: Buffer;
	/** Median of each phase: data, build, render. */
	phases: [number, number, number];
	/**
	 * Median process CPU time (user + system, all threads) of a run: above the wall time when GC and
	 * JIT threads work in parallel, below it when the run waited for a busy core.
	 */
	cpu: number;
}

/**
 * Warm-up 5, then `n` timed runs of load → build → render: the steady state of a server that has
 * rendered a few documents (the JIT needs ~5 renders to settle). The first render of a fresh
 * process is reported separately (memoryOf).
 */
const WARM_UP = 5;
async function timeDoc<T>(
	load: () => T,
	build: (data: T) => TDocumentDefinitions,
	n = 10
): Promise<Timed> {
	let bytes: Buffer = Buffer.alloc(0);
	const totals: number[] = [];
	const phases: [number[], number[], number[]] = [[], [], []];
	const cpu: number[] = [];
	for (let i = 0; i < n + WARM_UP; i++) {
		const c0 = process.cpuUsage();
		const t0 = performance.now();
		const data = load();
		const t1 = performance.now();
		const doc = build(data);
		const t2 = performance.now();
		bytes = await renderPdf(doc);
		const t3 = performance.now();
		const c = process.cpuUsage(c0);
		if (i < WARM_UP) continue;
		cpu.push((c.user + c.system) / 1000);
		totals.push(t3 - t0);
		phases[0].push(t1 - t0);
		phases[1].push(t2 - t1);
		phases[2].push(t3 - t2);
	}
	return {
		p50: pct(totals, 0.5),
		p95: pct(totals, 0.95),
		bytes,
		phases: [median(phases[0]), median(phases[1]), median(phases[2])],
		cpu: median(cpu)
	};
}

/** The three documents: how each loads its data and builds its definition. */
function documents(db: Queryable, access: AssessmentAccess) {
	return {
		report: {
			load: () => reportData(db, access, new Date())!,
			build: (d: NonNullable<ReturnType<typeof reportData>>) => buildReport(d.meta, d.results)
		},
		certificate: {
			load: () => certificateData(db, access, 'https://siap.example')!,
			build: buildCertificate
		},
		plan: { load: () => planData(db, access, todayWib(), new Date())!, build: buildPlan }
	};
}
type Kind = keyof ReturnType<typeof documents>;

interface Memory {
	/** Peak RSS during the render minus RSS just before it, MB. */
	rss: number;
	/** Peak heapUsed during the render, and its growth over the baseline, MB. */
	heap: number;
	heapGrowth: number;
	/** Wall time of that first render (cold JIT), ms. */
	firstMs: number;
}

/**
 * Memory of one render, measured in a fresh process (a warm one has its heap already grown by
 * earlier renders, so its RSS does not move): after a one-line PDF has loaded the fonts and a
 * full GC, the kernel's RSS high-water mark is reset (/proc/self/clear_refs) and read back after
 * the render; the heap peak is the largest heapUsed V8 saw before any GC during the render.
 */
function memoryOf(kind: Kind, world: World): Promise<Memory> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
			cwd: ROOT,
			env: {
				...process.env,
				SIAP_BENCH_MEMORY: JSON.stringify({
					kind,
					db: join(world.dir, 'siap.db'),
					id: world.assessmentId
				})
			},
			stdio: ['ignore', 'pipe', 'inherit']
		});
		let out = '';
		child.stdout.on('data', (b: Buffer) => (out += b.toString()));
		child.on('error', reject);
		child.on('exit', (code) =>
			code === 0
				? resolve(JSON.parse(out.trim().split('\n').at(-1)!) as Memory)
				: reject(new Error(`memory child for ${kind} exited with ${code}`))
		);
	});
}

/** Child side of memoryOf: prints one JSON line. */
async function measureMemory(kind: Kind, dbPath: string, id: number): Promise<void> {
	const db = openDb(dbPath);
	const dinas = db.select().from(users).where(eq(users.username, 'dinas.kutim')).get()!;
	const doc = documents(db, assessmentAccess(db, actorOf(dinas), id)!)[kind];
	const load = doc.load as () => never;
	const build = doc.build as (d: never) => TDocumentDefinitions;
	await renderPdf({ content: ['x', { text: 'x', bold: true }, { text: 'x', italics: true }] });
	setFlagsFromString('--expose-gc');
	(runInNewContext('gc') as () => void)();
	const kb = (field: string) =>
		Number(
			new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync('/proc/self/status', 'utf8'))?.[1]
		);
	let reset = true;
	try {
		writeFileSync('/proc/self/clear_refs', '5'); // resets VmHWM to the current RSS
	} catch {
		reset = false;
	}
	const base = process.memoryUsage();
	let rss = base.rss;
	const timer = setInterval(() => (rss = Math.max(rss, process.memoryUsage().rss)), 1);
	const profiler = new GCProfiler();
	profiler.start();
	const started = performance.now();
	await renderPdf(build(load()));
	const firstMs = performance.now() - started;
	const gcs = profiler.stop().statistics.map((s) => s.beforeGC.heapStatistics.usedHeapSize);
	clearInterval(timer);
	const heap = Math.max(process.memoryUsage().heapUsed, ...gcs);
	if (reset) rss = Math.max(rss, kb('VmHWM') * 1024);
	const result: Memory = {
		rss: (rss - base.rss) / MB,
		heap: heap / MB,
		heapGrowth: (heap - base.heapUsed) / MB,
		firstMs
	};
	console.log(JSON.stringify(result));
	db.$client.close();
}

async function portFree(): Promise<void> {
	for (let i = 0; i < 100; i++) {
		try {
			await fetch(`${BASE}/login`);
		} catch {
			return;
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`${BASE} is still answering: a previous bench server did not exit`);
}

export async function benchReports(): Promise<Row[]> {
	// A fresh world with a one-person team: the lead's sheet becomes the consolidated sheet.
	const world = await buildWorld(1);
	let server: Awaited<ReturnType<typeof startServer>> | undefined;
	try {
		const { db } = world;
		const { dinas, access, indicators } = finalizeWorld(world);
		const doc = documents(db, access);
		if (!doc.report.load() || !doc.certificate.load() || !doc.plan.load())
			throw new Error('the finalized assessment lacks a report, certificate or plan');
		const docs = [
			{
				kind: 'report' as const,
				name: `accreditation report, ${indicators} indicators`,
				calls: 'reportData + buildReport + renderPdf',
				target: 500,
				time: await timeDoc(doc.report.load, doc.report.build)
			},
			{
				kind: 'certificate' as const,
				name: 'certificate',
				calls: 'certificateData + buildCertificate + renderPdf',
				target: 150,
				time: await timeDoc(doc.certificate.load, doc.certificate.build)
			},
			{
				kind: 'plan' as const,
				name: `improvement plan, ${doc.plan.load().actions.length} actions`,
				calls: 'planData + buildPlan + renderPdf',
				target: null,
				time: await timeDoc(doc.plan.load, doc.plan.build)
			}
		];
		const rows: Row[] = [];
		for (const d of docs) {
			const { time } = d;
			rows.push(
				{
					what: `${d.name} (${size(time.bytes)}): ${d.calls}, in-process, p50 / p95 of 10`,
					target: d.target === null ? '—' : `< ${d.target} ms`,
					measured: `${ms(time.p50)} / ${ms(time.p95)}`,
					pass: d.target === null || time.p95 < d.target
				},
				{
					what: 'same, data / build / render (medians); process CPU time per run (median)',
					target: '—',
					measured: `${time.phases.map((x) => x.toFixed(0)).join(' / ')} ms; ${ms(time.cpu)} CPU`,
					pass: true
				}
			);
			const mem = await memoryOf(d.kind, world);
			rows.push({
				what: 'same, first render in a fresh process: time; peak RSS − baseline; peak heapUsed (growth)',
				target: '—',
				measured: `${ms(mem.firstMs)}; +${mem.rss.toFixed(1)} MB; ${mem.heap.toFixed(1)} MB (+${mem.heapGrowth.toFixed(1)})`,
				pass: true
			});
		}

		// Over HTTP from the production build, against Chromium printing the results page.
		await portFree();
		server = await startServer(world);
		const cookie = `siap_session=${createSession(db, dinas.id, new Date()).token}`;
		const pdfUrl = `${BASE}/penilaian/${world.assessmentId}/laporan.pdf`;
		let served = new Uint8Array();
		const downloads: number[] = [];
		for (let i = 0; i < 8; i++) {
			const t = performance.now();
			const res = await fetch(pdfUrl, { headers: { cookie } });
			served = new Uint8Array(await res.arrayBuffer());
			if (res.status !== 200 || res.headers.get('content-type') !== 'application/pdf')
				throw new Error(`laporan.pdf: ${res.status}`);
			if (i >= 3) downloads.push(performance.now() - t); // the first three warm the server up
		}
		const browser = await chromium.launch({
			executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
		});
		let printed: Buffer = Buffer.alloc(0);
		const prints: number[] = [];
		try {
			const context = await browser.newContext();
			await context.addCookies([{ name: 'siap_session', value: cookie.split('=')[1]!, url: BASE }]);
			const page = await context.newPage();
			const res = await page.goto(`${BASE}/penilaian/${world.assessmentId}/hasil`);
			if (res?.status() !== 200) throw new Error(`hasil: ${res?.status()}`);
			await page.locator('html[data-hydrated="true"]').waitFor();
			printed = await page.pdf({ format: 'A4' }); // warm-up
			for (let i = 0; i < 5; i++) {
				const t = performance.now();
				printed = await page.pdf({ format: 'A4' });
				prints.push(performance.now() - t);
			}
		} finally {
			await browser.close();
		}
		const http = median(downloads);
		const chrome = median(prints);
		rows.push(
			{
				what: `report via pdfmake (server, HTTP download end to end, ${size(served)}), median of 5`,
				target: '—',
				measured: ms(http),
				pass: true
			},
			{
				what: `results page printed by Chromium page.pdf() (A4, ${size(printed)}), median of 5`,
				target: '—',
				measured: ms(chrome),
				pass: true
			},
			{
				what: 'Chromium / pdfmake',
				target: '—',
				measured: `${(chrome / http).toFixed(1)}×`,
				pass: true
			}
		);
		return rows;
	} finally {
		server?.kill();
		world.db.$client.close();
	}
}

const child = process.env.SIAP_BENCH_MEMORY;
if (child) {
	const { kind, db, id } = JSON.parse(child) as { kind: Kind; db: string; id: number };
	await measureMemory(kind, db, id);
}
