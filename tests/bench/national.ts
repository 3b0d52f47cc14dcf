/**
 * The national data set of design.md §10: 10,000 panti over all 514 kab/kota and the 7 types, and
 * 30,000 assessments of 250 indicators (about 3 per panti, 2016–2026), in
 * `/tmp/siap-national/siap.db`. Deterministic (mulberry32), built once and reused while
 * `bench_meta.version` matches `NATIONAL_VERSION`.
 *
 * Bulk inserts go through prepared statements in a few big transactions, never through the
 * per-request workflow (far too slow for 30,000 assessments), but every stored result — total,
 * grade, gate explanation, validity, per-aspect percentages, the compact sheet — is what the real engine computes
 * for the stored consolidated sheet. As in the workflow, an assessment's sheet is written while it
 * is `submitted`, then one UPDATE finalizes it (the integrity triggers refuse scores on a
 * finalized assessment).
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
	VERIFICATION_ALPHABET,
	VERIFICATION_CODE_LENGTH
} from '../../src/lib/domain/assessment/certificate-status';
import { addYears } from '../../src/lib/domain/dates';
import { gradeOf, type ScoreEntry, scoreSheet } from '../../src/lib/domain/engine';
import { encodeSheet } from '../../src/lib/domain/engine/batch';
import { PANTI_TYPES, type Ownership, type PantiType } from '../../src/lib/domain/panti/types';
import { DEMO_PMKS, rng } from '../../src/lib/server/demo/data';
import { seedDemo } from '../../src/lib/server/demo/seed';
import { migrateDb, openDb, type Db } from '../../src/lib/server/db/index';
import { ensureReferenceData } from '../../src/lib/server/db/reference';
import { REGENCIES } from '../../src/lib/server/reference/regions-data';
import { loadCatalog } from '../../src/lib/server/rubrics/files';
import { syncCatalog } from '../../src/lib/server/rubrics/registry';
import { instrumentFor, listInstrumentVersions } from '../../src/lib/server/rubrics/read';
import { writeSyntheticRubrics } from './synthetic';
import { ROOT } from './world';

/** Bump when the generator changes: a stored data set with another version is rebuilt. */
export const NATIONAL_VERSION = 'national-2';
export const NATIONAL_DIR = '/tmp/siap-national';
export const NATIONAL_PANTI = 10_000;
export const NATIONAL_ASSESSMENTS = 30_000;

export interface National {
	dir: string;
	dbPath: string;
	reused: boolean;
	/** Generation time (0 when reused). */
	seconds: number;
	sizeMb: number;
	panti: number;
	assessments: number;
	finalized: number;
}

function storedVersion(dbPath: string): string | null {
	if (!existsSync(dbPath)) return null;
	const db = openDb(dbPath);
	try {
		return (
			(
				db.$client
					.prepare(
						`select value from bench_meta where key = 'version'
						and exists (select 1 from sqlite_master where name = 'bench_meta')`
					)
					.get() as { value: string } | undefined
			)?.value ?? null
		);
	} catch {
		return null; // no bench_meta table: an interrupted build
	} finally {
		db.$client.close();
	}
}

function counts(dbPath: string) {
	const db = openDb(dbPath);
	const one = (q: string) => (db.$client.prepare(q).get() as { n: number }).n;
	const out = {
		panti: one('select count(*) as n from panti'),
		assessments: one('select count(*) as n from assessments'),
		finalized: one(`select count(*) as n from assessments where status = 'finalized'`)
	};
	db.$client.close();
	return out;
}

const fileMb = (path: string) =>
	[path, `${path}-wal`].reduce((n, p) => n + (existsSync(p) ? statSync(p).size : 0), 0) / 2 ** 20;

/** Builds the national data set, or reuses it when it was built by this generator version. */
export async function buildNational(): Promise<National> {
	const dir = NATIONAL_DIR;
	const dbPath = join(dir, 'siap.db');
	process.env.MIGRATIONS_FOLDER = join(ROOT, 'drizzle');
	if (storedVersion(dbPath) === NATIONAL_VERSION && existsSync(join(dir, 'rubrics'))) {
		const db = openDb(dbPath);
		migrateDb(db); // migrations added since the build (the server would apply them too)
		db.$client.close();
		return { dir, dbPath, reused: true, seconds: 0, sizeMb: fileMb(dbPath), ...counts(dbPath) };
	}
	const t0 = performance.now();
	rmSync(dir, { recursive: true, force: true });
	writeSyntheticRubrics(dir);
	const db = openDb(dbPath);
	try {
		migrateDb(db);
		ensureReferenceData(db);
		syncCatalog(db, loadCatalog('rubrics', dir));
		await seedDemo(db);
		generate(db);
		db.$client.exec(`create table bench_meta (key text primary key, value text not null)`);
		db.$client
			.prepare(`insert into bench_meta (key, value) values ('version', ?), ('built_at', ?)`)
			.run(NATIONAL_VERSION, new Date().toISOString());
		db.$client.pragma('wal_checkpoint(TRUNCATE)');
	} finally {
		db.$client.close();
	}
	const seconds = (performance.now() - t0) / 1000;
	const result = {
		dir,
		dbPath,
		reused: false,
		seconds,
		sizeMb: fileMb(dbPath),
		...counts(dbPath)
	};
	console.log(
		`national data set: ${result.panti} panti, ${result.assessments} assessments ` +
			`(${result.finalized} finalized) built in ${seconds.toFixed(1)} s, ` +
			`${result.sizeMb.toFixed(0)} MB at ${dbPath}`
	);
	return result;
}

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------

const TYPE_WEIGHTS: Record<PantiType, number> = {
	anak: 35,
	'lanjut-usia': 20,
	disabilitas: 15,
	'bina-laras': 8,
	napza: 8,
	'tuna-sosial': 7,
	abh: 7
};

const PREFIX: Record<PantiType, string> = {
	anak: 'LKSA Sintetis',
	'lanjut-usia': 'PSTW Sintetis',
	disabilitas: 'Panti Bina Daksa Sintetis',
	'bina-laras': 'Panti Bina Laras Sintetis',
	napza: 'Panti Pamardi Putra Sintetis',
	'tuna-sosial': 'Panti Bina Karya Sintetis',
	abh: 'Panti Marsudi Putra Sintetis'
};

const SUFFIX = [
	'Harapan Bangsa',
	'Kasih Ibu',
	'Cahaya Hati',
	'Budi Luhur',
	'Mekar Sari',
	'Tunas Harapan',
	'Bina Sejahtera',
	'Pelita Kasih',
	'Sinar Mentari',
	'Karya Mulia',
	'Sumber Berkah',
	'Citra Insani',
	'Nurul Iman',
	'Bakti Nusa',
	'Mentari Pagi',
	'Permata Hati'
];

/** Picks an index by cumulative weights (binary search). */
function picker(weights: readonly number[]) {
	const cum: number[] = [];
	let sum = 0;
	for (const w of weights) cum.push((sum += w));
	return (r: number) => {
		const x = r * sum;
		let lo = 0;
		let hi = cum.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cum[mid]! > x) hi = mid;
			else lo = mid + 1;
		}
		return lo;
	};
}

const DAY = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const shift = (date: string, days: number) => dayOf(Date.parse(`${date}T00:00:00Z`) + days * DAY);
/** 10:00 WITA on that day, so timestamps are the same on every machine. */
const stamp = (date: string) => `${date}T02:00:00.000Z`;

const HISTORY_START = Date.parse('2016-01-04T00:00:00Z');
const HISTORY_END = Date.parse('2026-07-31T00:00:00Z');

interface PantiRow {
	id: number;
	type: PantiType;
	regionCode: string;
	snapshot: string;
	/** The identity frozen with each finalized assessment (design.md §7). */
	identity: string;
}

function generate(db: Db): void {
	const c = db.$client;
	c.pragma('synchronous = OFF');
	c.pragma('cache_size = -262144'); // 256 MB while building; the server opens with the default

	const user = (name: string) =>
		(c.prepare('select id from users where username = ?').get(name) as { id: number }).id;
	const adminId = user('admin');
	const insertUser = c.prepare(
		`insert into users (username, name, password_hash, role, created_at, updated_at)
		values (?, ?, 'x', 'asesor', ?, ?)`
	);
	const created = stamp('2015-12-01');
	const assessors = c.transaction(() =>
		Array.from({ length: 200 }, (_, k) =>
			Number(
				insertUser.run(
					`nasional.asesor.${String(k).padStart(3, '0')}`,
					`Asesor Nasional ${k} (Sintetis)`,
					created,
					created
				).lastInsertRowid
			)
		)
	)();

	// --- panti: the 42 demo panti stay, 9,958 synthetic ones join them -----------------------
	const random = rng(20261201);
	const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
	const regionPick = picker(
		REGENCIES.map(([code]) => (code === '64.08' ? 8 : code.startsWith('64.') ? 3 : 1))
	);
	const typePick = picker(PANTI_TYPES.map((t) => TYPE_WEIGHTS[t]));
	const ownershipPick = picker([75, 20, 5]);
	const OWNERSHIPS: Ownership[] = ['masyarakat', 'daerah', 'pusat'];
	const demoCount = (c.prepare('select count(*) as n from panti').get() as { n: number }).n;

	const insertPanti = c.prepare(
		`insert into panti (name, type, ownership, address, region_code, latitude, longitude, capacity,
		current_clients, staff_pimpinan, staff_operasional, staff_penunjang, created_at, updated_at)
		values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const insertStaff = c.prepare(
		'insert into panti_staff (panti_id, profession, count) values (?, ?, ?)'
	);
	const insertPmks = c.prepare('insert into panti_pmks (panti_id, pmks_code) values (?, ?)');
	const insertDoc = c.prepare(
		`insert into panti_legal_documents (panti_id, kind, number, issued_on, expires_on)
		values (?, ?, ?, ?, ?)`
	);
	c.transaction(() => {
		for (let k = demoCount; k < NATIONAL_PANTI; k++) {
			const [regionCode] = REGENCIES[regionPick(random())]!;
			const type = PANTI_TYPES[typePick(random())]!;
			const ownership = OWNERSHIPS[ownershipPick(random())]!;
			const capacity = int(2, 15) * 10;
			const clients = Math.min(capacity + int(0, 10), int(Math.floor(capacity / 2), capacity + 10));
			const staff: Record<string, number> = {
				pekerja_sosial: random() < 0.1 ? 0 : int(1, 8),
				pengasuh: type === 'anak' || type === 'abh' ? int(3, 12) : int(0, 4),
				perawat: type === 'lanjut-usia' || type === 'bina-laras' ? int(2, 10) : int(0, 2),
				psikolog: int(0, 2),
				dokter: int(0, 1),
				instruktur: int(0, 4),
				pembimbing_rohani: int(1, 3)
			};
			if (type === 'napza') staff.konselor_adiksi = int(1, 4);
			const operasional =
				staff.pekerja_sosial! + staff.psikolog! + staff.instruktur! + staff.pembimbing_rohani!;
			const hasCoords = random() < 0.8;
			const id = Number(
				insertPanti.run(
					`${PREFIX[type]} ${SUFFIX[int(0, SUFFIX.length - 1)]} ${k + 1}`,
					type,
					ownership,
					`Jl. Sintetis No. ${int(1, 250)} (alamat fiktif)`,
					regionCode,
					hasCoords ? Number((-8 + random() * 9).toFixed(4)) : null,
					hasCoords ? Number((95 + random() * 46).toFixed(4)) : null,
					capacity,
					clients,
					int(1, 4),
					operasional,
					int(3, 15),
					created,
					created
				).lastInsertRowid
			);
			for (const [profession, count] of Object.entries(staff))
				if (count > 0) insertStaff.run(id, profession, count);
			for (const code of DEMO_PMKS[type]) insertPmks.run(id, code);
			// Permits issued 2018–2026 for five years: some expired, some expiring, most valid.
			const issued = 2018 + int(0, 8);
			const month = String(int(1, 12)).padStart(2, '0');
			const day = String(int(1, 28)).padStart(2, '0');
			const n = String(k + 1).padStart(5, '0');
			if (random() < 0.9)
				insertDoc.run(
					id,
					'tanda_daftar',
					`TD/${n}/${issued}`,
					`${issued}-${month}-${day}`,
					`${issued + 5}-${month}-${day}`
				);
			if (random() < 0.8) {
				const valid = random() < 0.2 ? 2 : 5;
				insertDoc.run(
					id,
					'izin_operasional',
					`IO/${n}/${issued}`,
					`${issued}-${month}-${day}`,
					`${issued + valid}-${month}-${day}`
				);
			}
			if (random() < 0.7)
				insertDoc.run(id, 'akta_notaris', `${int(1, 99)}/AKTA/${issued - int(0, 10)}`, null, null);
		}
	})();

	const staffOf = c.prepare('select profession, count from panti_staff where panti_id = ?');
	const pantiRows: PantiRow[] = (
		c
			.prepare(
				`select p.id, p.name, p.type, p.ownership, p.address, p.region_code as regionCode,
				p.capacity, p.current_clients as clients, r.name as regionName, pr.name as provinceName
				from panti p join regions r on r.code = p.region_code
				join regions pr on pr.code = substr(p.region_code, 1, 2) order by p.id`
			)
			.all() as {
			id: number;
			name: string;
			type: PantiType;
			ownership: string;
			address: string;
			regionCode: string;
			capacity: number;
			clients: number;
			regionName: string;
			provinceName: string;
		}[]
	).map((p) => ({
		id: p.id,
		type: p.type,
		regionCode: p.regionCode,
		identity: JSON.stringify({
			name: p.name,
			type: p.type,
			ownership: p.ownership,
			address: p.address,
			regionCode: p.regionCode,
			regionName: p.regionName,
			provinceName: p.provinceName,
			headName: null
		}),
		snapshot: JSON.stringify({
			capacity: p.capacity,
			currentClients: p.clients,
			staff: Object.fromEntries(
				(staffOf.all(p.id) as { profession: string; count: number }[]).map((s) => [
					s.profession,
					s.count
				])
			)
		})
	}));

	// --- assessments -------------------------------------------------------------------------
	const iv = listInstrumentVersions(db)[0]!.id;
	const forms = new Map(PANTI_TYPES.map((t) => [t, instrumentFor(db, iv, t)!]));
	const insertAssessment = c.prepare(
		`insert into assessments (panti_id, instrument_version_id, kind, panti_type, status,
		planned_date, profile_snapshot, submitted_at, created_by, version, created_at, updated_at)
		values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const insertTeam = c.prepare(
		'insert into assessment_team (assessment_id, user_id, role) values (?, ?, ?)'
	);
	const insertConsolidated = c.prepare(
		`insert into consolidated_scores (assessment_id, indicator_code, level, not_applicable, note,
		version, updated_by, updated_at) values (?, ?, ?, ?, '', 1, ?, ?)`
	);
	const insertItem = c.prepare(
		`insert into item_scores (assessment_id, assessor_id, indicator_code, level, not_applicable,
		note, version, updated_by, updated_at) values (?, ?, ?, ?, ?, '', 1, ?, ?)`
	);
	const finalizeStmt = c.prepare(
		`update assessments set status = 'finalized', total_pct = ?, grade = ?, gate_explanation = ?,
		safeguarding_findings = ?, panti_snapshot = ?, certificate_number = ?, verification_code = ?,
		valid_until = ?, finalized_at = ?, finalized_by = ?, version = version + 1, updated_at = ?
		where id = ?`
	);
	const revokeStmt = c.prepare(
		`update assessments set revoked_at = ?, revoke_reason = ?, updated_at = ? where id = ?`
	);
	const insertSheet = c.prepare(
		`insert into finalized_sheets (assessment_id, levels) values (?, ?)`
	);
	const insertAspect = c.prepare(
		`insert into assessment_aspect_scores (assessment_id, part, aspect_code, title, pct)
		values (?, ?, ?, ?, ?)`
	);

	const codeRandom = rng(80_000_001);
	const codes = new Set<string>();
	const verification = () => {
		for (;;) {
			let s = '';
			for (let i = 0; i < VERIFICATION_CODE_LENGTH; i++)
				s += VERIFICATION_ALPHABET[Math.floor(codeRandom() * VERIFICATION_ALPHABET.length)];
			if (!codes.has(s)) {
				codes.add(s);
				return s;
			}
		}
	};
	const seqByYear = new Map<string, number>();

	// About 3 per panti: pairs of panti get 3 ± d, so the total is exactly 30,000.
	const perPanti: number[] = [];
	for (let k = 0; k < pantiRows.length; k += 2) {
		const d = [-1, 0, 0, 1][Math.floor(random() * 4)]!;
		perPanti.push(3 + d, 3 - d);
	}
	const extra =
		NATIONAL_ASSESSMENTS - perPanti.slice(0, pantiRows.length).reduce((a, b) => a + b, 0);
	perPanti[0]! += extra; // 0 with 10,000 panti

	const CHUNK = 500;
	for (let start = 0; start < pantiRows.length; start += CHUNK)
		c.transaction(() => {
			for (let k = start; k < Math.min(start + CHUNK, pantiRows.length); k++) {
				const p = pantiRows[k]!;
				const form = forms.get(p.type)!;
				const n = perPanti[k]!;
				const quality = 0.2 + 0.65 * random();
				const onlySelf = random() < 0.04; // never visited: "belum terakreditasi"
				const lastOpen = random(); // < 0.02 submitted, < 0.04 in progress
				const span = (HISTORY_END - HISTORY_START) / n;
				for (let j = 0; j < n; j++) {
					const last = j === n - 1;
					const status: 'finalized' | 'submitted' | 'in_progress' =
						last && lastOpen < 0.02
							? 'submitted'
							: last && lastOpen < 0.04
								? 'in_progress'
								: 'finalized';
					// Self-assessments finalize on submission: only a visit waits for review.
					const kind = status !== 'submitted' && (onlySelf || random() < 0.12) ? 'self' : 'visit';
					// The open one is recent; finalized ones spread over 2016–2026 in order.
					const date =
						status === 'finalized'
							? dayOf(HISTORY_START + (j + 0.1 + 0.8 * random()) * span)
							: dayOf(Date.parse('2026-08-03T00:00:00Z') + Math.floor(random() * 100) * DAY);
					const lead = assessors[Math.floor(random() * assessors.length)]!;
					const createdAt = stamp(shift(date, -30));
					const submittedAt = status === 'in_progress' ? null : stamp(shift(date, -7));
					const id = Number(
						insertAssessment.run(
							p.id,
							iv,
							kind,
							p.type,
							status === 'in_progress' ? 'in_progress' : 'submitted',
							shift(date, -21),
							p.snapshot,
							submittedAt,
							adminId,
							status === 'in_progress' ? 2 : 3,
							createdAt,
							submittedAt ?? createdAt
						).lastInsertRowid
					);
					insertTeam.run(id, lead, 'lead');

					// The sheet: the panti's quality improving over the years, strong and weak aspects.
					const q = quality + 0.04 * j + (random() - 0.5) * 0.1;
					const bias = form.aspects.map(() => [-0.2, -0.1, 0, 0.1, 0.2][Math.floor(random() * 5)]!);
					const failGate = random() < 0.08;
					const sheet = new Map<string, ScoreEntry>();
					for (const ind of form.indicators) {
						if (ind.indicator.allowNA && random() < 0.1) {
							sheet.set(ind.code, { level: null, notApplicable: true });
							continue;
						}
						const frac = q + bias[ind.aspectIndex]! + (random() - 0.5) * 0.5;
						let level = Math.max(0, Math.min(ind.max, Math.round(frac * ind.max)));
						if (ind.indicator.critical)
							level = failGate
								? Math.min(level, ind.indicator.critical.minLevel - 1)
								: Math.max(level, ind.indicator.critical.minLevel);
						// Harm found in about 1 assessment in 50.
						if (ind.indicator.safeguarding)
							level =
								random() < 0.02
									? Math.min(level, ind.indicator.safeguarding.minLevel - 1)
									: Math.max(level, ind.indicator.safeguarding.minLevel);
						sheet.set(ind.code, { level, notApplicable: false });
					}

					if (status === 'in_progress') {
						// Half scored on the lead's own sheet; nothing consolidated yet.
						let i = 0;
						for (const [code, e] of sheet)
							if (i++ % 2 === 0)
								insertItem.run(id, lead, code, e.level, e.notApplicable ? 1 : 0, lead, createdAt);
						continue;
					}
					for (const [code, e] of sheet)
						insertConsolidated.run(id, code, e.level, e.notApplicable ? 1 : 0, lead, submittedAt);
					if (status === 'submitted') continue;

					const score = scoreSheet(form, sheet);
					const grade = gradeOf(form, score.total!, sheet);
					const certified = kind === 'visit' && grade.grade !== 'TT';
					const year = date.slice(0, 4);
					const seq = (seqByYear.get(year) ?? 0) + (certified ? 1 : 0);
					seqByYear.set(year, seq);
					const finalizedAt = stamp(date);
					finalizeStmt.run(
						score.total,
						grade.grade,
						grade.explanation,
						JSON.stringify(grade.safeguarding.map((g) => g.code)),
						p.identity,
						certified ? `SIAP/${year}/${p.regionCode}/${String(seq).padStart(5, '0')}` : null,
						certified ? verification() : null,
						certified ? addYears(date, grade.validityYears) : null,
						finalizedAt,
						adminId,
						finalizedAt,
						id
					);
					for (const a of score.aspects) insertAspect.run(id, a.part, a.code, a.title, a.pct);
					insertSheet.run(id, Buffer.from(encodeSheet(form, sheet)));
					if (certified && random() < 0.003) {
						const revokedAt = stamp(shift(date, 200));
						revokeStmt.run(revokedAt, 'Pencabutan sintetis untuk benchmark.', revokedAt, id);
					}
				}
			}
		})();
}
