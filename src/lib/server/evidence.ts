import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import { MAX_EVIDENCE_BYTES, sniffType } from '$lib/domain/file-type';
import { audit } from './audit';
import type { Db, Queryable } from './db';
import { evidence } from './db/schema';
import type { AssessmentAccess } from './assessments/access';

function pathFor(root: string, sha256: string): string {
	// The name is a hex digest computed here, never user input: no path traversal is possible.
	if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('invalid digest');
	return join(root, sha256.slice(0, 2), sha256);
}

export type UploadResult =
	| { ok: true; id: number; name: string; mimeType: string; sizeBytes: number }
	| { ok: false; status: 400 | 403 | 413; message: string };

/** Stores one evidence file for an indicator after checking size and type by content. */
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
	const path = pathFor(root, sha256);
	if (!existsSync(path)) {
		mkdirSync(dirname(path), { recursive: true });
		// Write then rename, so a crash never leaves a half-written file under a valid name.
		writeFileSync(path + '.tmp', bytes);
		renameSync(path + '.tmp', path);
	}
	const safeName = name.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120) || 'bukti';
	// The same photo for the same indicator again is a retry whose answer was lost (a tablet
	// losing signal mid-upload): answer with the stored one instead of a duplicate.
	const same = db
		.select()
		.from(evidence)
		.where(
			and(
				eq(evidence.assessmentId, access.assessment.id),
				eq(evidence.indicatorCode, code),
				eq(evidence.sha256, sha256)
			)
		)
		.get();
	if (same)
		return {
			ok: true,
			id: same.id,
			name: same.originalName,
			mimeType: same.mimeType,
			sizeBytes: same.sizeBytes
		};
	const row = db.transaction((tx) => {
		const r = tx
			.insert(evidence)
			.values({
				assessmentId: access.assessment.id,
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
			entityId: access.assessment.id,
			after: { code, name: safeName, sha256, mimeType: type, sizeBytes: bytes.length }
		});
		return r;
	});
	return { ok: true, id: row.id, name: safeName, mimeType: type, sizeBytes: bytes.length };
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
