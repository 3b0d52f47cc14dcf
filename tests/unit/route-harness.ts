/**
 * Calls the app's route handlers in-process, as any kind of user, on the demo world plus an open
 * visit, a stored evidence file and the newest finalized accreditation of kepala.kutim's panti.
 * Shared by the authorization matrix and the input fuzzing. Test files mock
 * `$lib/server/db/connection` to return `world.db` / `world.evidence` (see `mockConnection`).
 */
import { declareTeam } from '../support/world';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isActionFailure, isHttpError, isRedirect, type RequestEvent } from '@sveltejs/kit';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db';
import type { SessionUser } from '$lib/server/auth/session';
import {
	assessments,
	assessmentTeam,
	improvementPlans,
	instrumentVersions,
	panti,
	rubricVersions,
	users
} from '$lib/server/db/schema';
import { testDb } from '../support/db';
import { loadCatalog } from '$lib/server/rubrics/files';
import { syncCatalog } from '$lib/server/rubrics/registry';
import { instrumentFor } from '$lib/server/rubrics/read';
import { seedDemo } from '$lib/server/demo/seed';
import { seedDemoHistory } from '$lib/server/demo/history';
import { createAssessment } from '$lib/server/assessments/create';
import { assessmentAccess } from '$lib/server/assessments/access';
import { storeEvidence } from '$lib/server/evidence';

/** What the mocked connection module hands to the routes. */
export const world = { db: undefined as unknown as Db, evidence: '' };

/** Who calls: one of each role, in and out of the target's scope. */
export const PRINCIPALS = [
	'anonymous',
	'admin',
	'dinasProvince', // dinas.kaltim (64): the target panti's province
	'dinasRegency', // dinas.kutim (64.08): the target panti's kab/kota
	'dinasOther', // dinas.kalsel (63)
	'lead', // the assessor leading the target assessments
	'asesorOther', // an assessor on no team of the target panti
	'headOwn', // kepala.kutim: head of the target panti
	'headOther' // kepala.banjarmasin
] as const;
export type Principal = (typeof PRINCIPALS)[number];

/** What happened: the handler did its work, sent the user elsewhere, or refused (401/403/404/login). */
export type Outcome = 'allowed' | 'elsewhere' | 'refused';

export type Handler = (event: RequestEvent) => unknown;
const MODULES = import.meta.glob<Record<string, unknown>>([
	'/src/routes/**/+page.server.ts',
	'/src/routes/**/+layout.server.ts',
	'/src/routes/**/+server.ts'
]);
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Every handler under src/routes: `<route id> <kind>` → function. */
export async function discoverHandlers(): Promise<
	Map<string, { routeId: string; kind: string; fn: Handler }>
> {
	const found = new Map<string, { routeId: string; kind: string; fn: Handler }>();
	for (const [file, load] of Object.entries(MODULES)) {
		const routeId = file.replace(/^\/src\/routes/, '').replace(/\/\+[a-z.]+\.ts$/, '') || '/';
		const mod = await load();
		const add = (kind: string, fn: unknown) =>
			found.set(`${routeId} ${kind}`, { routeId, kind, fn: fn as Handler });
		if (file.endsWith('+layout.server.ts')) add('layout', mod.load);
		else if (file.endsWith('+page.server.ts')) {
			if (mod.load) add('load', mod.load);
			for (const [name, fn] of Object.entries((mod.actions ?? {}) as Record<string, unknown>))
				add(name, fn);
		} else for (const m of METHODS) if (mod[m]) add(m, mod[m]);
	}
	return found;
}

export interface Targets {
	pantiId: number;
	otherPantiId: number;
	finalId: number;
	openId: number;
	planId: number;
	evidenceId: number;
	userId: number;
	/** kepala.kutim's account: the head of the target panti. */
	headUserId: number;
	rubricVersionId: number;
	instrumentVersionId: number;
	code: string;
}

export type Handlers = Awaited<ReturnType<typeof discoverHandlers>>;
let db: Db;
let targets: Targets;
export const actors = new Map<Principal, SessionUser | null>();

/** Seeds the world (slow: the demo accounts' scrypt hashes) and finds every handler. */
export async function buildWorld(): Promise<{ db: Db; targets: Targets; handlers: Handlers }> {
	db = testDb();
	world.db = db;
	world.evidence = mkdtempSync(join(tmpdir(), 'siap-authz-'));
	syncCatalog(db, loadCatalog());
	await seedDemo(db);
	seedDemoHistory(db);
	const user = (username: string) =>
		db
			.select({
				id: users.id,
				username: users.username,
				name: users.name,
				role: users.role,
				regionCode: users.regionCode,
				pantiId: users.pantiId,
				mustChangePassword: users.mustChangePassword
			})
			.from(users)
			.where(eq(users.username, username))
			.get()!;
	const head = user('kepala.kutim');
	const pantiId = head.pantiId!;
	const final = db
		.select()
		.from(assessments)
		.where(
			and(
				eq(assessments.pantiId, pantiId),
				eq(assessments.status, 'finalized'),
				eq(assessments.kind, 'visit')
			)
		)
		.orderBy(desc(assessments.finalizedAt))
		.get()!;
	const leadId = db
		.select({ userId: assessmentTeam.userId })
		.from(assessmentTeam)
		.where(and(eq(assessmentTeam.assessmentId, final.id), eq(assessmentTeam.role, 'lead')))
		.get()!.userId;
	const lead = db.select().from(users).where(eq(users.id, leadId)).get()!;
	const teamsOfPanti = new Set(
		db
			.select({ userId: assessmentTeam.userId })
			.from(assessmentTeam)
			.innerJoin(assessments, eq(assessments.id, assessmentTeam.assessmentId))
			.where(eq(assessments.pantiId, pantiId))
			.all()
			.map((r) => r.userId)
	);
	const other = ['asesor.rina', 'asesor.budi', 'asesor.sari', 'asesor.yusuf']
		.map(user)
		.find((u) => !teamsOfPanti.has(u.id))!;
	const regency = user('dinas.kutim');
	const open = createAssessment(
		db,
		regency,
		{
			pantiId,
			kind: 'visit',
			instrumentVersionId: final.instrumentVersionId,
			plannedDate: '2026-12-01',
			leadId,
			memberIds: []
		},
		new Date(),
		{ allowSuperseded: true } // an older instrument, on purpose
	);
	if (!open.ok) throw new Error('could not create the open assessment');
	declareTeam(db, open.id, [leadId]);
	const type = db.select({ type: panti.type }).from(panti).where(eq(panti.id, pantiId)).get()!.type;
	const code = instrumentFor(db, final.instrumentVersionId, type)!.indicators[0]!.code;
	const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
	const stored = storeEvidence(
		db,
		world.evidence,
		lead,
		assessmentAccess(db, lead, open.id)!,
		code,
		'foto.png',
		png
	);
	if (!stored.ok) throw new Error(stored.message);
	const sameRegency = db
		.select({ id: panti.id })
		.from(panti)
		.where(eq(panti.regionCode, '64.08'))
		.all()
		.find((p) => p.id !== pantiId)!;
	targets = {
		pantiId,
		otherPantiId: sameRegency.id,
		finalId: final.id,
		openId: open.id,
		planId: db
			.select({ id: improvementPlans.id })
			.from(improvementPlans)
			.where(eq(improvementPlans.assessmentId, final.id))
			.get()!.id,
		evidenceId: stored.id,
		userId: lead.id,
		headUserId: head.id,
		rubricVersionId: db.select({ id: rubricVersions.id }).from(rubricVersions).get()!.id,
		instrumentVersionId: db.select({ id: instrumentVersions.id }).from(instrumentVersions).get()!
			.id,
		code
	};
	const names: Record<Exclude<Principal, 'anonymous' | 'lead' | 'asesorOther'>, string> = {
		admin: 'admin',
		dinasProvince: 'dinas.kaltim',
		dinasRegency: 'dinas.kutim',
		dinasOther: 'dinas.kalsel',
		headOwn: 'kepala.kutim',
		headOther: 'kepala.banjarmasin'
	};
	actors.set('anonymous', null);
	for (const [p, username] of Object.entries(names)) actors.set(p as Principal, user(username));
	actors.set('lead', user(lead.username));
	actors.set('asesorOther', other);
	return { db, targets, handlers: await discoverHandlers() };
}

/** The concrete URL each route is called on: the target panti, its assessments, plan and files. */
function target(routeId: string, kind: string): { path: string; params: Record<string, string> } {
	const t = targets;
	// Scoring pages and workflow steps act on the open visit; results and documents on the final one.
	// The team page too acts on the final one (refused there, as closed): a fuzzed team change
	// that succeeded on the open visit would take its lead off it for every later test.
	const onOpen =
		routeId.startsWith('/api/penilaian') ||
		/\/(nilai|konsolidasi|kunjungan)$/.test(routeId) ||
		(routeId === '/penilaian/[id=id]' && kind === 'ajukan') ||
		(routeId === '/penilaian/[id=id]/tinjau' && ['kembalikan', 'finalkan'].includes(kind));
	const id: Record<string, number> = {
		'/panti/[id=id]': t.pantiId,
		'/penilaian/[id=id]': onOpen ? t.openId : t.finalId,
		'/api/penilaian/[id=id]': t.openId,
		'/api/bukti/[id=id]': t.evidenceId,
		'/rencana/[id=id]': t.planId,
		'/admin/pengguna/[id=id]': t.userId,
		'/kepala-panti/[id=id]': t.headUserId,
		'/rubrik/instrumen/[id=id]': t.instrumentVersionId,
		'/rubrik/[id=id]': t.rubricVersionId
	};
	const prefix = Object.keys(id).find((p) => routeId === p || routeId.startsWith(p + '/'));
	const params: Record<string, string> = {};
	let path = routeId;
	if (prefix) {
		params.id = String(id[prefix]);
		path = path.replace('[id=id]', params.id);
	}
	if (routeId.includes('[kode]')) {
		params.kode = db
			.select({ code: assessments.verificationCode })
			.from(assessments)
			.where(eq(assessments.id, t.finalId))
			.get()!.code!;
		path = path.replace('[kode]', params.kode);
	}
	const query: Record<string, string> = {
		'/penilaian/baru': `?panti=${t.pantiId}`,
		'/agenda': '?wilayah=64.08',
		'/panti/bandingkan': `?id=${t.pantiId}&id=${t.otherPantiId}`,
		'/panti/bandingkan.csv': `?id=${t.pantiId}&id=${t.otherPantiId}`,
		'/rubrik/bandingkan': `?a=${t.rubricVersionId}&b=${t.rubricVersionId}`,
		'/analisis-wilayah': '?wilayah=64.08',
		'/analisis-wilayah/ekspor.csv': '?wilayah=64.08',
		'/analisis-wilayah/laporan.pdf': '?wilayah=64.08'
	};
	return { path: path + (query[routeId] ?? ''), params };
}

/** Whether the handler is a form action or a non-GET endpoint (it receives a body). */
export function takesBody(kind: string): boolean {
	return kind !== 'load' && kind !== 'layout' && kind !== 'GET';
}

/**
 * A request event for `routeId`'s handler `kind` as `user`. Without `body`, actions get an empty
 * form (a call that gets through stops at validation and changes nothing). `headers` set what a
 * raw body claims to be (a multipart Content-Type with or without its boundary).
 */
export function event(
	routeId: string,
	kind: string,
	user: SessionUser | null,
	body?: BodyInit,
	headers?: HeadersInit
): RequestEvent {
	const { path, params } = target(routeId, kind);
	const url = new URL(`http://localhost${path}`);
	const isAction = takesBody(kind);
	const request = new Request(url, {
		method: isAction ? 'POST' : 'GET',
		body: isAction ? (body ?? (routeId.endsWith('/skor') ? '{}' : new FormData())) : null,
		headers
	});
	return {
		locals: { user, sessionToken: user ? 'matrix' : null },
		params,
		url,
		route: { id: routeId },
		request,
		cookies: {
			get: () => undefined,
			getAll: () => [],
			set: () => {},
			delete: () => {},
			serialize: () => ''
		},
		getClientAddress: () => '192.0.2.1',
		setHeaders: () => {},
		fetch,
		platform: undefined,
		isDataRequest: false,
		isSubRequest: false,
		isRemoteRequest: false,
		tracing: { enabled: false, root: undefined, current: undefined },
		depends: () => {},
		parent: async () => ({}),
		untrack: <T>(fn: () => T) => fn()
	} as unknown as RequestEvent;
}

export const REFUSALS = new Set([401, 403, 404]);

export async function outcome(fn: Handler, e: RequestEvent, isLoad: boolean): Promise<Outcome> {
	try {
		const result = await fn(e);
		if (result instanceof Response) return REFUSALS.has(result.status) ? 'refused' : 'allowed';
		if (isActionFailure(result) && REFUSALS.has(result.status)) return 'refused';
		return 'allowed';
	} catch (err) {
		if (isRedirect(err)) {
			if (err.location.startsWith('/login') && e.locals.user === null) return 'refused';
			return isLoad ? 'elsewhere' : 'allowed';
		}
		if (isHttpError(err) && REFUSALS.has(err.status)) return 'refused';
		throw err;
	}
}
