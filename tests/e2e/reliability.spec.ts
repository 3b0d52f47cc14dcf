/**
 * Reliability, against the production build in its own process and data folder:
 * the server is killed with SIGKILL in the middle of a burst of autosaves, restarted, and every
 * save it acknowledged must be there; `npm run backup` runs during the burst and its copy restores.
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';

const ROOT = resolve('.');
const PORT = 4175;
const BASE = `http://localhost:${PORT}`;
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

interface World {
	dir: string;
	assessmentId: number;
	codes: string[];
	cookies: string[];
	team: number[];
}

async function startServer(dir: string, dbPath: string): Promise<ChildProcess> {
	const server = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.mjs')], {
		cwd: dir, // the world's own rubrics/ folder
		env: {
			...process.env,
			PORT: String(PORT),
			DATABASE_PATH: dbPath,
			MIGRATIONS_FOLDER: join(ROOT, 'drizzle')
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	for (let i = 0; i < 150; i++) {
		try {
			if ((await fetch(`${BASE}/login`)).ok) return server;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	server.kill('SIGKILL');
	throw new Error('server did not start');
}

const exited = (p: ChildProcess) =>
	new Promise<void>((r) =>
		p.exitCode !== null || p.signalCode !== null ? r() : p.once('exit', () => r())
	);

test('a SIGKILL during a burst of saves loses no acknowledged save; a backup taken meanwhile restores', async () => {
	test.setTimeout(180_000);
	const dir = mkdtempSync(join(tmpdir(), 'siap-kill-'));
	const out = execFileSync(TSX, [join(ROOT, 'tests/bench/world-cli.ts'), dir, '10'], {
		cwd: ROOT,
		encoding: 'utf8'
	});
	const world = JSON.parse(out.trim().split('\n').at(-1)!) as World;
	const dbPath = join(dir, 'siap.db');
	let server = await startServer(dir, dbPath);

	// Ten tablets save one score after another, as fast as the server answers.
	const acknowledged = new Map<string, { level: number; version: number }>();
	let stop = false;
	let inFlightAtKill = 0;
	let acks = 0;
	const tablets = world.cookies.map(async (cookie, k) => {
		const versions = new Map<string, number>();
		for (let n = 0; !stop; n++) {
			const code = world.codes[(k * 13 + n) % world.codes.length]!;
			const level = (n + k) % 5;
			let res: Response;
			let body: string;
			try {
				res = await fetch(`${BASE}/api/penilaian/${world.assessmentId}/skor`, {
					method: 'POST',
					headers: { cookie, 'content-type': 'application/json', origin: BASE },
					body: JSON.stringify({
						code,
						level,
						notApplicable: false,
						note: `tablet ${k} ketukan ${n}`,
						version: versions.get(code) ?? 0
					})
				});
				body = await res.text();
			} catch {
				inFlightAtKill++; // the connection died with the server: not acknowledged
				return;
			}
			expect(res.status, body).toBe(200);
			const { version } = JSON.parse(body) as { version: number };
			versions.set(code, version);
			acks++;
			acknowledged.set(`${world.team[k]}:${code}`, { level, version });
		}
	});

	// Meanwhile: a backup of the live database.
	await new Promise((r) => setTimeout(r, 700));
	// Not execFileSync: the tablets keep saving while the backup runs.
	const { stdout: backupOut } = await promisify(execFile)(
		TSX,
		[join(ROOT, 'scripts/backup.ts'), join(dir, 'backups')],
		{ cwd: ROOT, env: { ...process.env, DATABASE_PATH: dbPath }, encoding: 'utf8' }
	);
	const backupDir = /Cadangan dibuat: (.+)/.exec(backupOut)![1]!.trim();

	await new Promise((r) => setTimeout(r, 700));
	const before = acknowledged.size;
	server.kill('SIGKILL');
	await exited(server);
	stop = true;
	await Promise.all(tablets);
	expect(before).toBeGreaterThan(100);

	// Restart on the same file: every acknowledged save is there, with its level and version.
	server = await startServer(dir, dbPath);
	const db = new Database(dbPath, { readonly: true });
	const read = db.prepare(
		'select level, version from item_scores where assessment_id = ? and assessor_id = ? and indicator_code = ?'
	);
	const lost: string[] = [];
	for (const [key, saved] of acknowledged) {
		const [assessor, code] = key.split(':');
		const row = read.get(world.assessmentId, Number(assessor), code) as
			{ level: number; version: number } | undefined;
		// A save in flight at the kill may have committed unacknowledged: a newer version is fine.
		if (
			!row ||
			row.version < saved.version ||
			(row.version === saved.version && row.level !== saved.level)
		)
			lost.push(`${key} v${saved.version}`);
	}
	db.close();
	console.log(
		`SIGKILL test: ${acks} saves acknowledged; the last of each of ${acknowledged.size} (assessor, indicator) checked after restart, ${lost.length} missing; ${inFlightAtKill} in flight at the kill`
	);
	expect(lost).toEqual([]);

	// The restarted server keeps accepting saves.
	const res = await fetch(`${BASE}/api/penilaian/${world.assessmentId}/skor`, {
		method: 'POST',
		headers: { cookie: world.cookies[0]!, 'content-type': 'application/json', origin: BASE },
		body: JSON.stringify({
			code: world.codes[1]!,
			level: 2,
			notApplicable: false,
			note: '',
			version: 999
		})
	});
	expect([200, 409]).toContain(res.status);
	server.kill('SIGTERM');
	await exited(server);

	// The backup taken during the burst is intact and restores into a working server.
	const restoredPath = join(dir, 'pulih', 'siap.db');
	execFileSync(TSX, [join(ROOT, 'scripts/restore.ts'), backupDir], {
		cwd: ROOT,
		env: { ...process.env, DATABASE_PATH: restoredPath },
		encoding: 'utf8'
	});
	const copy = new Database(restoredPath, { readonly: true });
	const scores = (
		copy
			.prepare('select count(*) as n from item_scores where assessment_id = ?')
			.get(world.assessmentId) as {
			n: number;
		}
	).n;
	copy.close();
	expect(scores).toBeGreaterThan(0);
	expect(scores).toBeLessThanOrEqual(acknowledged.size + world.cookies.length);
	server = await startServer(dir, restoredPath);
	const sheet = await fetch(`${BASE}/penilaian/${world.assessmentId}/nilai`, {
		headers: { cookie: world.cookies[0]! }
	});
	expect(sheet.status).toBe(200);
	server.kill('SIGTERM');
	await exited(server);
	rmSync(dir, { recursive: true, force: true });
});
