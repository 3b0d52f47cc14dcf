import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	renameSync,
	statSync,
	unlinkSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import { dirname, join } from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import { MAX_EVIDENCE_BYTES, sniffType } from '$lib/domain/input/file-type';
import { audit } from './audit';
import type { Db, Queryable } from './db';
import { evidence } from './db/schema';
import { isOpenStatus, statusOf, type AssessmentAccess } from './assessments/access';

const DIGEST = /^[0-9a-f]{64}$/;

function pathFor(root: string, sha256: string): string {
	// The name is a hex digest computed here, never user input: no path traversal is possible.
	if (!DIGEST.test(sha256)) throw new Error('invalid digest');
	return join(root, sha256.slice(0, 2), sha256);
}

/**
 * Puts the file in place (content-addressed: several rows may share it) and says whether this
 * call created it. An existing file gets a fresh mtime, so a sweep running in another process
 * sees it as in use (the sweep only removes files older than a few minutes).
 */
function placeFile(root: string, sha256: string, bytes: Uint8Array): boolean {
	const path = pathFor(root, sha256);
	if (existsSync(path)) {
		const now = new Date();
		utimesSync(path, now, now);
		return false;
	}
	mkdirSync(dirname(path), { recursive: true });
	// Write then rename, so a crash never leaves a half-written file under a valid name.
	writeFileSync(path + '.tmp', bytes);
	renameSync(path + '.tmp', path);
	return true;
}

function isReferenced(db: Queryable, sha256: string): boolean {
	return db.select({ id: evidence.id }).from(evidence).where(eq(evidence.sha256, sha256)).get()
		? true
		: false;
}

export type UploadResult =
	| { ok: true; id: number; name: string; mimeType: string; sizeBytes: number }
	| { ok: false; status: 400 | 403 | 409 | 413; message: string };

const FROZEN =
	'Penilaian ini sudah diajukan atau difinalkan saat berkas dikirim, jadi bukti tidak disimpan. Hubungi ketua tim bila bukti ini masih diperlukan.';

/**
 * Stores one evidence file for an indicator after checking size and type by content.
 *
 * The route checks `canScore` before reading the body, but an upload can take minutes on a weak
 * signal: the lead may submit, or the reviewer finalize, meanwhile. So the status is read again
 * inside the (immediate) write transaction, as `saveScore` does, and the file is put in place in
 * that same transaction: a sweep holding the write lock cannot remove it between our check and
 * our row, and a refusal or failure removes a file this call created and no row references.
 */
export function storeEvidence(
	db: Db,
	root: string,
	actor: Actor,
	access: AssessmentAccess,
	code: string,
	name: string,
	bytes: Uint8Array
): UploadResult {
	if (!access.canScore)
		return { ok: false, status: 403, message: 'Penilaian ini tidak dapat diubah lagi.' };
	if (bytes.length === 0) return { ok: false, status: 400, message: 'Berkas kosong.' };
	if (bytes.length > MAX_EVIDENCE_BYTES)
		return { ok: false, status: 413, message: 'Berkas lebih dari 10 MB.' };
	const type = sniffType(bytes);
	if (!type)
		return {
			ok: false,
			status: 400,
			message:
				'Jenis berkas tidak didukung: hanya foto JPEG, PNG, WebP atau dokumen PDF (diperiksa dari isinya, bukan dari nama berkas).'
		};
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	const safeName = name.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120) || 'bukti';
	const assessmentId = access.assessment.id;
	let created = false;
	try {
		return db.transaction(
			(tx): UploadResult => {
				if (!isOpenStatus(statusOf(tx, assessmentId)))
					return { ok: false, status: 409, message: FROZEN };
				// The same photo for the same indicator again is a retry whose answer was lost (a
				// tablet losing signal mid-upload): answer with the stored one instead of a duplicate.
				const same = tx
					.select()
					.from(evidence)
					.where(
						and(
							eq(evidence.assessmentId, assessmentId),
							eq(evidence.indicatorCode, code),
							eq(evidence.sha256, sha256)
						)
					)
					.get();
				created = placeFile(root, sha256, bytes);
				if (same)
					return {
						ok: true,
						id: same.id,
						name: same.originalName,
						mimeType: same.mimeType,
						sizeBytes: same.sizeBytes
					};
				const row = tx
					.insert(evidence)
					.values({
						assessmentId,
						indicatorCode: code,
						sha256,
						mimeType: type,
						sizeBytes: bytes.length,
						originalName: safeName,
						uploadedBy: actor.id
					})
					.returning({ id: evidence.id })
					.get();
				audit(tx, {
					userId: actor.id,
					action: 'evidence.add',
					entityType: 'assessment',
					entityId: assessmentId,
					after: { code, name: safeName, sha256, mimeType: type, sizeBytes: bytes.length }
				});
				return { ok: true, id: row.id, name: safeName, mimeType: type, sizeBytes: bytes.length };
			},
			{ behavior: 'immediate' }
		);
	} catch (err) {
		// Rolled back: a file this call created must not stay behind without a row.
		if (created && !isReferenced(db, sha256)) unlinkSync(pathFor(root, sha256));
		throw err;
	}
}

export function listEvidence(db: Queryable, assessmentId: number) {
	return db
		.select({
			id: evidence.id,
			code: evidence.indicatorCode,
			name: evidence.originalName,
			mimeType: evidence.mimeType,
			sizeBytes: evidence.sizeBytes
		})
		.from(evidence)
		.where(eq(evidence.assessmentId, assessmentId))
		.orderBy(asc(evidence.id))
		.all();
}

export function getEvidence(db: Queryable, id: number) {
	return (
		db
			.select()
			.from(evidence)
			.where(and(eq(evidence.id, id)))
			.get() ?? null
	);
}

export function readEvidence(root: string, sha256: string): Buffer {
	return readFileSync(pathFor(root, sha256));
}

/** Unreferenced files younger than this are left alone: they may belong to an upload in flight. */
export const SWEEP_MIN_AGE_MS = 15 * 60 * 1000;

export interface SweepOptions {
	readonly now: Date;
	readonly minAgeMs?: number;
	/** Digests to keep although no row here names them (e.g. a database a restore kept aside). */
	readonly keep?: ReadonlySet<string>;
}

/**
 * Removes evidence files no row references (left by an upload that failed before this fix, or by a
 * crash between the write and the commit) and stale `.tmp` files, and returns the removed paths
 * relative to `root`. Only our own names are touched (`ab/<64 hex>` and `ab/<64 hex>.tmp`), only
 * files older than `minAgeMs`, and the check and the removal run inside an immediate transaction:
 * an upload, which puts its file in place and inserts its row inside its own write transaction,
 * can never lose a file it is about to reference.
 */
export function sweepEvidence(db: Db, root: string, options: SweepOptions): { removed: string[] } {
	if (!existsSync(root)) return { removed: [] };
	const cutoff = options.now.getTime() - (options.minAgeMs ?? SWEEP_MIN_AGE_MS);
	const old = (path: string) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Infinity;
	const candidates: { rel: string; digest: string; tmp: boolean }[] = [];
	for (const prefix of readdirSync(root)) {
		if (!/^[0-9a-f]{2}$/.test(prefix)) continue;
		const dir = join(root, prefix);
		if (!statSync(dir).isDirectory()) continue;
		for (const name of readdirSync(dir)) {
			const m = /^([0-9a-f]{64})(\.tmp)?$/.exec(name);
			if (!m || !m[1]!.startsWith(prefix)) continue;
			const rel = join(prefix, name);
			if (old(join(root, rel)) < cutoff) candidates.push({ rel, digest: m[1]!, tmp: !!m[2] });
		}
	}
	if (candidates.length === 0) return { removed: [] };
	return db.transaction(
		(tx) => {
			const referenced = new Set(
				tx
					.selectDistinct({ sha256: evidence.sha256 })
					.from(evidence)
					.all()
					.map((r) => r.sha256)
			);
			const removed: string[] = [];
			for (const c of candidates) {
				if (!c.tmp && (referenced.has(c.digest) || options.keep?.has(c.digest))) continue;
				// Touched since listed (an upload reusing it in another process): in use again.
				if (old(join(root, c.rel)) >= cutoff) continue;
				unlinkSync(join(root, c.rel));
				removed.push(c.rel);
			}
			return { removed };
		},
		{ behavior: 'immediate' }
	);
}
