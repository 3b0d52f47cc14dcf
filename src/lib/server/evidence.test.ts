import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	rmSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { MAX_EVIDENCE_BYTES } from '$lib/domain/input/file-type';
import { assessmentAccess } from './assessments/access';
import { createAssessment } from './assessments/create';
import { assessments, auditLog, evidence } from './db/schema';
import {
	SWEEP_MIN_AGE_MS,
	listEvidence,
	readEvidence,
	storeEvidence,
	sweepEvidence
} from './evidence';
import { listInstrumentVersions } from './rubrics/read';
import { addAsesor, declareTeam, kutimWorld } from '../../../tests/support/world';

let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'siap-evidence-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

function world() {
	const { db, admin, pantiId } = kutimWorld();
	const lead = addAsesor(db, 'rina');
	const created = createAssessment(
		db,
		admin,
		{
			pantiId,
			kind: 'visit',
			instrumentVersionId: listInstrumentVersions(db)[0]!.id,
			plannedDate: null,
			leadId: lead.id,
			memberIds: []
		},
		new Date()
	);
	if (!created.ok) throw new Error('create failed');
	declareTeam(db, created.id, [lead.id]);
	return { db, admin, lead, id: created.id };
}

const jpeg = (size = 64) => {
	const b = new Uint8Array(size);
	b.set([0xff, 0xd8, 0xff, 0xe0]);
	return b;
};
/** Every file under the evidence root, relative. */
const stored = () =>
	readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name).slice(root.length + 1));

describe('evidence upload hardening', () => {
	it('refuses a file over 10 MB, an empty one and a non-image, writing nothing', () => {
		const { db, lead, id } = world();
		const access = assessmentAccess(db, lead, id)!;
		const big = storeEvidence(
			db,
			root,
			lead,
			access,
			'KEL-01',
			'a.jpg',
			jpeg(MAX_EVIDENCE_BYTES + 1)
		);
		expect(big).toMatchObject({ ok: false, status: 413, message: 'Berkas lebih dari 10 MB.' });
		expect(
			storeEvidence(db, root, lead, access, 'KEL-01', 'a.jpg', new Uint8Array())
		).toMatchObject({
			ok: false,
			status: 400
		});
		const text = new TextEncoder().encode('<?php system($_GET["c"]); ?>');
		expect(storeEvidence(db, root, lead, access, 'KEL-01', 'foto.jpg', text)).toMatchObject({
			ok: false,
			status: 400,
			message: expect.stringContaining('diperiksa dari isinya')
		});
		expect(stored()).toEqual([]);
		expect(db.select().from(evidence).all()).toEqual([]);
	});

	it('accepts exactly 10 MB', () => {
		const { db, lead, id } = world();
		const access = assessmentAccess(db, lead, id)!;
		const r = storeEvidence(db, root, lead, access, 'KEL-01', 'a.jpg', jpeg(MAX_EVIDENCE_BYTES));
		expect(r).toMatchObject({ ok: true, sizeBytes: MAX_EVIDENCE_BYTES, mimeType: 'image/jpeg' });
	});

	it('names files by content hash: a traversal in the file name only ever reaches the display name', () => {
		const { db, lead, id } = world();
		const access = assessmentAccess(db, lead, id)!;
		const r = storeEvidence(db, root, lead, access, 'KEL-01', '../../../etc/passwd.jpg', jpeg());
		expect(r.ok).toBe(true);
		const files = stored();
		expect(files).toHaveLength(1);
		expect(files[0]).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{64}$/);
		expect(existsSync(join(root, '..', 'etc'))).toBe(false);
		expect(listEvidence(db, id)[0]!.name).not.toContain('/');
		// Reading never follows a name either: only a hex digest is a path.
		expect(() => readEvidence(root, '../../etc/passwd')).toThrow('invalid digest');
	});

	it('stores the same photo once, however often it is attached', () => {
		const { db, lead, id } = world();
		const access = assessmentAccess(db, lead, id)!;
		storeEvidence(db, root, lead, access, 'KEL-01', 'a.jpg', jpeg());
		storeEvidence(db, root, lead, access, 'KEL-02', 'b.jpg', jpeg());
		expect(stored()).toHaveLength(1);
		expect(listEvidence(db, id)).toHaveLength(2);
	});

	it('answers a repeated upload of the same photo for the same indicator with the stored one', () => {
		const { db, lead, id } = world();
		const access = assessmentAccess(db, lead, id)!;
		const first = storeEvidence(db, root, lead, access, 'KEL-01', 'a.jpg', jpeg());
		const retry = storeEvidence(db, root, lead, access, 'KEL-01', 'a (1).jpg', jpeg());
		expect(retry).toEqual(first);
		expect(listEvidence(db, id)).toHaveLength(1);
	});

	it('refuses anyone who may not score, before looking at the file', () => {
		const { db, admin, id } = world();
		const access = assessmentAccess(db, admin, id)!;
		expect(storeEvidence(db, root, admin, access, 'KEL-01', 'a.jpg', jpeg())).toMatchObject({
			ok: false,
			status: 403
		});
		expect(stored()).toEqual([]);
	});
});

describe('an upload that ends after scoring closed', () => {
	/** The route checked `canScore` before reading the body; the status changes while it uploads. */
	function raced(status: 'submitted' | 'finalized' | 'returned') {
		const w = world();
		const access = assessmentAccess(w.db, w.lead, w.id)!;
		expect(access.canScore).toBe(true);
		w.db.update(assessments).set({ status }).where(eq(assessments.id, w.id)).run();
		return { ...w, access };
	}
	const audits = (db: ReturnType<typeof world>['db']) =>
		db.select().from(auditLog).where(eq(auditLog.action, 'evidence.add')).all();

	it.each(['submitted', 'finalized'] as const)(
		'is refused with 409 when the assessment was %s meanwhile, leaving no file and no row',
		(status) => {
			const { db, lead, id, access } = raced(status);
			expect(storeEvidence(db, root, lead, access, 'KEL-01', 'a.jpg', jpeg())).toEqual({
				ok: false,
				status: 409,
				message: expect.stringContaining('bukti tidak disimpan')
			});
			expect(listEvidence(db, id)).toEqual([]);
			expect(audits(db)).toEqual([]);
			expect(stored()).toEqual([]);
		}
	);

	it('is accepted when the assessment is open again (returned for revision)', () => {
		const { db, lead, id, access } = raced('returned');
		expect(storeEvidence(db, root, lead, access, 'KEL-01', 'a.jpg', jpeg()).ok).toBe(true);
		expect(listEvidence(db, id)).toHaveLength(1);
		expect(stored()).toHaveLength(1);
	});

	it('a failing insert removes the file it wrote, but never one another row still uses', () => {
		const { db, lead, id } = world();
		const access = assessmentAccess(db, lead, id)!;
		db.run(sql`create trigger boom before insert on evidence when new.indicator_code = 'KEL-02'
			begin select raise(abort, 'boom'); end`);
		expect(() => storeEvidence(db, root, lead, access, 'KEL-02', 'a.jpg', jpeg(100))).toThrow(
			'boom'
		);
		expect(stored()).toEqual([]);
		// The same bytes already stored for another indicator: the shared file stays.
		expect(storeEvidence(db, root, lead, access, 'KEL-01', 'a.jpg', jpeg(100)).ok).toBe(true);
		expect(() => storeEvidence(db, root, lead, access, 'KEL-02', 'a.jpg', jpeg(100))).toThrow(
			'boom'
		);
		expect(stored()).toHaveLength(1);
		expect(listEvidence(db, id).map((e) => e.code)).toEqual(['KEL-01']);
	});

	it('a retry whose file went missing puts the file back', () => {
		const { db, lead, id } = world();
		const access = assessmentAccess(db, lead, id)!;
		const first = storeEvidence(db, root, lead, access, 'KEL-01', 'a.jpg', jpeg());
		const [file] = stored();
		rmSync(join(root, file!));
		expect(storeEvidence(db, root, lead, access, 'KEL-01', 'a.jpg', jpeg())).toEqual(first);
		expect(stored()).toEqual([file]);
	});
});

describe('sweepEvidence: files no row names go, nothing else', () => {
	const NOW = new Date('2026-11-23T03:00:00Z');
	const digest = (c: string) => c.repeat(64);
	/** A file under the evidence root, `minutes` old. */
	function put(rel: string, minutes: number) {
		const path = join(root, rel);
		mkdirSync(join(path, '..'), { recursive: true });
		writeFileSync(path, 'x');
		const t = new Date(NOW.getTime() - minutes * 60_000);
		utimesSync(path, t, t);
	}

	it('removes old unreferenced files and stale temporaries; keeps the rest', () => {
		const { db, lead, id } = world();
		const access = assessmentAccess(db, lead, id)!;
		storeEvidence(db, root, lead, access, 'KEL-01', 'a.jpg', jpeg());
		const [used] = stored();
		utimesSync(join(root, used!), new Date(0), new Date(0)); // referenced: kept however old
		const orphan = `aa/${digest('a')}`;
		const young = `bb/${digest('b')}`; // perhaps being written right now
		const stale = `cc/${digest('c')}.tmp`;
		const fresh = `dd/${digest('d')}.tmp`;
		const keptAside = `ee/${digest('e')}`;
		const foreign = ['aa/catatan.txt', 'zz/' + digest('f'), `ab/${digest('a')}`, 'README'];
		put(orphan, 60);
		put(young, 1);
		put(stale, 60);
		put(fresh, 1);
		put(keptAside, 60);
		for (const f of foreign) put(f, 60);

		const result = sweepEvidence(db, root, { now: NOW, keep: new Set([digest('e')]) });
		expect(result.removed.sort()).toEqual([orphan, stale]);
		expect(stored().sort()).toEqual([used!, young, fresh, keptAside, ...foreign].sort());
		expect(listEvidence(db, id)).toHaveLength(1);
		expect(readEvidence(root, used!.slice(3)).length).toBe(64);
	});

	it(`leaves files younger than ${SWEEP_MIN_AGE_MS / 60_000} minutes, and an empty or missing root`, () => {
		const { db } = world();
		expect(sweepEvidence(db, join(root, 'tidak-ada'), { now: NOW })).toEqual({ removed: [] });
		expect(sweepEvidence(db, root, { now: NOW })).toEqual({ removed: [] });
		put(`aa/${digest('a')}`, SWEEP_MIN_AGE_MS / 60_000 - 1);
		expect(sweepEvidence(db, root, { now: NOW })).toEqual({ removed: [] });
		expect(sweepEvidence(db, root, { now: NOW, minAgeMs: 0 }).removed).toHaveLength(1);
	});

	it('after a refused upload and a sweep, the evidence folder matches the rows exactly', () => {
		const { db, lead, id } = world();
		const access = assessmentAccess(db, lead, id)!;
		storeEvidence(db, root, lead, access, 'KEL-01', 'a.jpg', jpeg(10));
		db.update(assessments).set({ status: 'submitted' }).where(eq(assessments.id, id)).run();
		storeEvidence(db, root, lead, access, 'KEL-02', 'b.jpg', jpeg(20));
		put(`aa/${digest('a')}`, 60); // what the old code left behind
		sweepEvidence(db, root, { now: NOW });
		const rows = db.select({ sha256: evidence.sha256 }).from(evidence).all();
		expect(stored().map((f) => f.slice(3))).toEqual(rows.map((r) => r.sha256));
	});
});
