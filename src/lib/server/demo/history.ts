/**
 * A history of finalized visit assessments for the demo world, so reports, certificates, the
 * public certificate check and dashboards have real data from the first start.
 *
 * Every assessment goes through the real workflow (create → scores → submit → finalize), never by
 * writing grades directly: the stored grade is exactly what the engine computes, audit entries
 * exist, and certificate numbers and valid-until dates follow the same rules as in production.
 * Levels are deterministic per panti (mulberry32 keyed by the panti index); only verification codes
 * are random, because they must stay unguessable even in a demo.
 */
import { sql } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import {
	type ResolvedInstrument,
	gateRules,
	gradeOf,
	type ScoreEntry,
	scoreSheet
} from '$lib/domain/engine';
import type { Grade } from '$lib/domain/rubric/vocabulary';
import type { PantiType } from '$lib/domain/panti/types';
import { assessmentAccess } from '../assessments/access';
import { declare } from '../assessments/conflict';
import { createAssessment } from '../assessments/create';
import { saveScore } from '../assessments/scores';
import { finalize, submit } from '../assessments/workflow';
import { instrumentFor, listInstrumentVersions } from '../rubrics/read';
import type { Db } from '../db/index';
import { assessments, notifications, panti, users } from '../db/schema';
import { demoPanti, rng } from './data';
import { recordDemoVisit } from './visit';

export interface DemoHistoryEntry {
	/** Index into demoPanti(). */
	readonly index: number;
	/** The finalization date (the reviewer's `today`); creation and the visit come weeks before. */
	readonly finalizedOn: string;
	readonly grade: Grade;
	/** Reach the grade through a failed critical indicator (gate cap) rather than the score band. */
	readonly capped?: boolean;
}

/**
 * About half of the 42 demo panti, all grades, expired and soon-expiring certificates. Panti 0
 * (kepala.kutim) has two so the trend shows; panti 6, 12 and 30 (kepala.banjarmasin, .jepara,
 * .makassar) have none because end-to-end tests start from a clean slate there, and neither has
 * the rest of Jepara (panti 13 and 14: dinas.jepara's first panti by name, where e2e tests start).
 */
export const DEMO_HISTORY: readonly DemoHistoryEntry[] = [
	{ index: 0, finalizedOn: '2022-03-15', grade: 'B' },
	{ index: 0, finalizedOn: '2025-09-10', grade: 'A' },
	{ index: 2, finalizedOn: '2024-05-20', grade: 'A' },
	{ index: 4, finalizedOn: '2019-06-20', grade: 'C' }, // kedaluwarsa since 2021
	{ index: 5, finalizedOn: '2025-03-01', grade: 'C' }, // valid until 2027-03-01: expiring soon
	{ index: 8, finalizedOn: '2023-10-12', grade: 'B' },
	{ index: 9, finalizedOn: '2021-08-16', grade: 'A' },
	{ index: 11, finalizedOn: '2025-11-05', grade: 'TT' },
	{ index: 16, finalizedOn: '2022-11-30', grade: 'A' },
	{ index: 17, finalizedOn: '2025-06-18', grade: 'B' },
	{ index: 19, finalizedOn: '2020-09-07', grade: 'B' },
	{ index: 21, finalizedOn: '2026-02-09', grade: 'A' },
	{ index: 25, finalizedOn: '2025-01-15', grade: 'C' },
	{ index: 26, finalizedOn: '2023-04-03', grade: 'A' },
	{ index: 27, finalizedOn: '2024-08-22', grade: 'TT' },
	{ index: 28, finalizedOn: '2024-02-14', grade: 'B' }, // valid until 2027-02-14
	{ index: 31, finalizedOn: '2026-05-27', grade: 'B' },
	{ index: 32, finalizedOn: '2024-11-11', grade: 'C', capped: true },
	{ index: 34, finalizedOn: '2022-07-19', grade: 'B' },
	{ index: 36, finalizedOn: '2025-10-01', grade: 'A' },
	{ index: 38, finalizedOn: '2026-08-24', grade: 'B' },
	{ index: 41, finalizedOn: '2023-01-25', grade: 'C' }
];

/** Instrument 2.0.0 came into use in 2024; earlier visits were scored on 1.0.0. */
export function instrumentVersionFor(date: string): string {
	return date < '2024-01-01' ? '1.0.0' : '2.0.0';
}

/** The two assessors who lead the history; rina and budi stay free for the end-to-end tests. */
const LEADS = ['asesor.yusuf', 'asesor.sari'] as const;

/**
 * Fractions of the scale maximum drawn per indicator: means of 80 %, 50 % and 25 % sit well inside
 * the A (> 66), B (33–66) and C (< 33) bands, so a draw rarely misses its band.
 */
const PROFILE: Record<'A' | 'B' | 'C', readonly number[]> = {
	A: [0.5, 0.75, 0.75, 1, 1],
	B: [0.25, 0.5, 0.5, 0.75],
	C: [0, 0.25, 0.25, 0.5]
};

export type PlannedSheet = Map<string, ScoreEntry & { note: string }>;

/** One draw of levels: the grade's profile, a per-aspect bias, N/A only where allowed. */
function drawSheet(form: ResolvedInstrument, entry: DemoHistoryEntry, random: () => number) {
	// TT and capped C come from a gate, so their score itself sits in the B band.
	const base = entry.grade === 'TT' || entry.capped ? PROFILE.B : PROFILE[entry.grade];
	// Aspects differ (some strong, some weak) so gap analysis has something to point at.
	const bias = form.aspects.map(() => [-0.25, 0, 0, 0.25][Math.floor(random() * 4)]!);
	const sheet: PlannedSheet = new Map();
	for (const ind of form.indicators) {
		if (ind.indicator.allowNA && random() < 0.3) {
			sheet.set(ind.code, { level: null, notApplicable: true, note: '' });
			continue;
		}
		const frac = base[Math.floor(random() * base.length)]! + bias[ind.aspectIndex]!;
		const level = Math.max(0, Math.min(ind.max, Math.round(frac * ind.max)));
		sheet.set(ind.code, { level, notApplicable: false, note: '' });
	}
	// Gates: met unless this entry is meant to fail one (TT: the instrument's TT gate; capped: a
	// critical indicator that caps at C).
	const rules = gateRules(form);
	const failing =
		entry.grade === 'TT'
			? rules.find((r) => r.cap === 'TT')
			: entry.capped
				? rules.find((r) => r.cap === entry.grade)
				: undefined;
	for (const rule of rules) {
		const current = sheet.get(rule.code)!;
		if (rule === failing)
			sheet.set(rule.code, {
				level: Math.max(0, rule.required - 1),
				notApplicable: false,
				note: 'Belum memenuhi level minimal saat kunjungan (data demo).'
			});
		else if (current.level !== null && current.level < rule.required)
			sheet.set(rule.code, { ...current, level: rule.required });
	}
	return sheet;
}

/** Draws until the engine grades the sheet as planned; deterministic for a given seed. */
export function plannedSheet(form: ResolvedInstrument, entry: DemoHistoryEntry, seed: number) {
	const random = rng(seed);
	for (let attempt = 0; attempt < 100; attempt++) {
		const sheet = drawSheet(form, entry, random);
		const score = scoreSheet(form, sheet);
		if (score.total !== null && gradeOf(form, score.total, sheet).grade === entry.grade)
			return sheet;
	}
	throw new Error(`Demo: tidak dapat menyusun nilai ${entry.grade} untuk panti #${entry.index}.`);
}

/** `YYYY-MM-DD` shifted by whole days. */
function shiftDays(date: string, days: number): string {
	const d = new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/** A fixed time of day (10:00 WITA) so stored timestamps are the same on every machine. */
const at = (date: string) => new Date(`${date}T02:00:00Z`);

function actorOf(row: typeof users.$inferSelect): Actor {
	return { id: row.id, role: row.role, regionCode: row.regionCode, pantiId: row.pantiId };
}

function fail(step: string, entry: DemoHistoryEntry, detail: unknown): never {
	throw new Error(
		`Demo: ${step} gagal untuk panti #${entry.index} (${entry.finalizedOn}): ${JSON.stringify(detail)}`
	);
}

interface World {
	readonly pantiIds: readonly number[];
	readonly pantiTypes: readonly PantiType[];
	readonly regionCodes: readonly string[];
	readonly byUsername: ReadonlyMap<string, Actor & { username: string }>;
	readonly instruments: ReadonlyMap<string, number>;
}

/** Demo panti ids (by index), accounts and instrument versions, as seedDemo and the catalog left them. */
function loadWorld(db: Db): World {
	const byName = new Map(
		db
			.select({ id: panti.id, name: panti.name })
			.from(panti)
			.all()
			.map((p) => [p.name, p.id])
	);
	const rows = demoPanti();
	const pantiIds = rows.map((p) => {
		const id = byName.get(p.name);
		if (id === undefined) throw new Error(`Demo: panti "${p.name}" tidak ditemukan.`);
		return id;
	});
	const byUsername = new Map(
		db
			.select()
			.from(users)
			.all()
			.map((u) => [u.username, { ...actorOf(u), username: u.username }])
	);
	const instruments = new Map(
		listInstrumentVersions(db)
			.filter((i) => i.instrumentId === 'instrumen-akreditasi')
			.map((i) => [i.version, i.id])
	);
	return {
		pantiIds,
		pantiTypes: rows.map((p) => p.type),
		regionCodes: rows.map((p) => p.regionCode),
		byUsername,
		instruments
	};
}

/** The dinas account of the panti's province reviews (and schedules); admin if there is none. */
function reviewerFor(world: World, regionCode: string): Actor {
	const province = regionCode.slice(0, 2);
	for (const u of world.byUsername.values())
		if (u.role === 'dinas' && u.regionCode === province) return u;
	const admin = world.byUsername.get('admin');
	if (!admin) throw new Error('Demo: akun admin tidak ditemukan.');
	return admin;
}

/** One assessment, start to finish, through the workflow functions. Returns its id. */
function runOne(db: Db, world: World, entry: DemoHistoryEntry, ordinal: number): number {
	const version = instrumentVersionFor(entry.finalizedOn);
	const instrumentVersionId = world.instruments.get(version);
	if (instrumentVersionId === undefined) fail('instrumen', entry, version);
	const type = world.pantiTypes[entry.index]!;
	const form = instrumentFor(db, instrumentVersionId, type);
	if (!form) fail('formulir', entry, { version, type });
	const reviewer = reviewerFor(world, world.regionCodes[entry.index]!);
	const lead = world.byUsername.get(LEADS[ordinal % LEADS.length]!);
	if (!lead) fail('asesor', entry, LEADS[ordinal % LEADS.length]);
	// A plausible timeline: scheduled six weeks before, visited three, submitted two.
	const createdOn = shiftDays(entry.finalizedOn, -42);
	const visitOn = shiftDays(entry.finalizedOn, -21);
	const submittedOn = shiftDays(entry.finalizedOn, -14);

	const created = createAssessment(
		db,
		reviewer,
		{
			pantiId: world.pantiIds[entry.index]!,
			kind: 'visit',
			instrumentVersionId,
			plannedDate: visitOn,
			leadId: lead.id,
			memberIds: []
		},
		at(createdOn),
		{ allowSuperseded: true } // the history was scored on the instrument of its day
	);
	if (!created.ok) fail('pembuatan', entry, created);
	const id = created.id;

	// Keyed by panti index, plus the entry's position among that panti's assessments.
	const nth = DEMO_HISTORY.slice(0, ordinal).filter((e) => e.index === entry.index).length;
	const sheet = plannedSheet(form, entry, 0x51a9 + entry.index * 101 + nth);
	// The lead declares no conflict of interest before scoring, as every visit's team member must.
	const declared = declare(
		db,
		lead,
		assessmentAccess(db, lead, id)!,
		{ statement: 'tidak-ada', confirm: 'ya' },
		at(visitOn)
	);
	if (!declared.ok) fail('pernyataan konflik', entry, declared);
	let access = assessmentAccess(db, lead, id)!;
	for (const [code, s] of sheet) {
		const saved = saveScore(
			db,
			lead,
			access,
			form,
			{ code, level: s.level, notApplicable: s.notApplicable, note: s.note, version: 0 },
			at(visitOn)
		);
		if (!saved.ok) fail(`nilai ${code}`, entry, saved);
		// The first save moves draft → in_progress; a stale access would audit that twice.
		if (access.assessment.status === 'draft') access = assessmentAccess(db, lead, id)!;
	}
	if (!recordDemoVisit(db, lead, id, visitOn, ordinal, at(visitOn)).ok)
		fail('catatan kunjungan', entry, id);
	access = assessmentAccess(db, lead, id)!;
	const submitted = submit(db, lead, access, form, at(submittedOn));
	if (!submitted.ok) fail('pengajuan', entry, submitted);
	const finalized = finalize(
		db,
		reviewer,
		assessmentAccess(db, reviewer, id)!,
		form,
		entry.finalizedOn,
		at(entry.finalizedOn)
	);
	if (!finalized.ok) fail('finalisasi', entry, finalized);
	return id;
}

/**
 * Creates the finalized history, oldest first (results.ts finds the previous assessment by
 * createdAt, and certificate numbers run per year). All or nothing: the workflow functions'
 * own transactions nest as savepoints inside this one. Does nothing if any assessment exists.
 */
export function seedDemoHistory(db: Db): { assessments: number } {
	const existing =
		db
			.select({ n: sql<number>`count(*)` })
			.from(assessments)
			.get()?.n ?? 0;
	if (existing > 0) return { assessments: 0 };
	const world = loadWorld(db);
	const order = DEMO_HISTORY.map((entry, ordinal) => ({ entry, ordinal })).sort((a, b) =>
		a.entry.finalizedOn.localeCompare(b.entry.finalizedOn)
	);
	db.transaction((tx) => {
		for (const { entry, ordinal } of order) runOne(db, world, entry, ordinal);
		// The history's notices were read when it happened: a fresh demo inbox holds them as read,
		// so what is new in it is what the visitor does.
		tx.update(notifications).set({ readAt: notifications.createdAt }).run();
	});
	return { assessments: order.length };
}
