/**
 * The probe's race at the route: an upload passes the permission check while scoring
 * is open, the lead submits (or the reviewer finalizes) while the body is still arriving, and only
 * then does the upload try to write. It used to be attached to the frozen assessment (201), or to
 * answer 500 and leave its file on disk without a row.
 */
import { declareTeam } from '../support/world';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db';
import { assessments, evidence } from '$lib/server/db/schema';
import { createAssessment } from '$lib/server/assessments/create';
import { parsePantiForm } from '$lib/server/panti/form';
import { createPanti } from '$lib/server/panti/save';
import { loadCatalog } from '$lib/server/rubrics/files';
import { syncCatalog } from '$lib/server/rubrics/registry';
import { instrumentFor, listInstrumentVersions } from '$lib/server/rubrics/read';
import { addUser, testDb, validPantiForm } from '../support/db';

const state = vi.hoisted(() => ({ db: undefined as unknown as Db, root: '' }));
vi.mock('$lib/server/db/connection', () => ({
	getDb: () => state.db,
	evidenceDir: () => state.root
}));
const { POST } = await import('../../src/routes/api/penilaian/[id=id]/bukti/+server');

beforeEach(() => {
	state.db = testDb();
	state.root = mkdtempSync(join(tmpdir(), 'siap-race-'));
});
afterEach(() => rmSync(state.root, { recursive: true, force: true }));

function world() {
	const db = state.db;
	syncCatalog(db, loadCatalog());
	const admin = addUser(db, { username: 'adm', role: 'admin', regionCode: null, pantiId: null });
	const parsed = parsePantiForm(validPantiForm());
	if (!parsed.ok) throw new Error('bad fixture');
	const { id: pantiId } = createPanti(db, admin, parsed.data, new Date()) as { id: number };
	const lead = addUser(db, { username: 'rina', role: 'asesor', regionCode: null, pantiId: null });
	const instrument = listInstrumentVersions(db)[0]!.id;
	const created = createAssessment(
		db,
		admin,
		{
			pantiId,
			kind: 'visit',
			instrumentVersionId: instrument,
			plannedDate: null,
			leadId: lead.id,
			memberIds: []
		},
		new Date()
	);
	if (!created.ok) throw new Error('create failed');
	declareTeam(db, created.id, [lead.id]);
	const code = instrumentFor(db, instrument, 'anak')!.indicators[0]!.code;
	return { lead, id: created.id, code };
}

/**
 * A multipart upload whose body arrives in two halves; `meanwhile` runs between them, after the
 * route has checked permissions and while it is still reading the body.
 */
async function slowUpload(code: string, meanwhile: () => void) {
	const form = new FormData();
	form.append('code', code);
	const photo = new Uint8Array(2048);
	photo.set([0xff, 0xd8, 0xff, 0xe0]);
	form.append('file', new File([photo], 'foto.jpg', { type: 'image/jpeg' }));
	const encoded = new Response(form);
	const bytes = new Uint8Array(await encoded.arrayBuffer());
	const half = bytes.length >> 1;
	let step = 0;
	const body = new ReadableStream<Uint8Array>({
		pull(controller) {
			if (step === 0) controller.enqueue(bytes.subarray(0, half));
			else if (step === 1) {
				meanwhile();
				controller.enqueue(bytes.subarray(half));
			} else controller.close();
			step++;
		}
	});
	return new Request('http://localhost/api/penilaian/1/bukti', {
		method: 'POST',
		body,
		headers: { 'content-type': encoded.headers.get('content-type')! },
		duplex: 'half'
	} as RequestInit);
}

/** The route's POST as the assessor `lead` would call it (signed in: `locals.user`). */
async function post(request: Request, lead: { id: number }, id: number): Promise<Response> {
	const user = { ...lead, username: 'rina', name: 'rina' };
	const event = { locals: { user }, params: { id: String(id) }, request };
	return await POST(event as unknown as Parameters<typeof POST>[0]);
}

const files = () =>
	readdirSync(state.root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

describe('an upload racing the submit or the finalization', () => {
	it.each(['submitted', 'finalized'] as const)(
		'is refused with 409 and a message when the assessment is %s mid-upload; nothing is kept',
		async (status) => {
			const { lead, id, code } = world();
			let flipped = false;
			const request = await slowUpload(code, () => {
				state.db.update(assessments).set({ status }).where(eq(assessments.id, id)).run();
				flipped = true;
			});
			const response = await post(request, lead, id);
			expect(flipped).toBe(true);
			expect(response.status).toBe(409);
			expect((await response.json()).message).toMatch(/bukti tidak disimpan/);
			expect(state.db.select().from(evidence).all()).toEqual([]);
			expect(files()).toEqual([]);
		}
	);

	it('is stored (201) when nothing changes meanwhile', async () => {
		const { lead, id, code } = world();
		const request = await slowUpload(code, () => {});
		const response = await post(request, lead, id);
		expect(response.status).toBe(201);
		expect(state.db.select().from(evidence).all()).toHaveLength(1);
		expect(files()).toHaveLength(1);
	});
});
