/**
 * Panti import: reads an uploaded CSV or XLSX (import-file.ts), previews it against the database (scope,
 * duplicates), and saves the previewed rows in one transaction. The confirm step gets the file
 * again (a hidden field on the preview page) and re-does the whole preview: nothing the browser
 * sends is trusted, and the digest of the preview refuses a save if anything changed since.
 */
import { createHash } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { canManagePantiIn, type Actor } from '$lib/domain/access';
import { tidyText } from '$lib/domain/input/plain-text';
import {
	duplicateKey,
	normalizeRegionCode,
	previewImport,
	type ImportPreview,
	type ImportTable
} from '$lib/domain/panti/import';
import { audit } from '../audit';
import type { Db } from '../db';
import { panti, regions } from '../db/schema';
import { readImportFile, type ImportFailure as Failure } from './import-file';
import { createPanti } from './save';

export { readImportFile } from './import-file';
export { inspectXlsx, XLSX_LIMITS, type XlsxCheck } from './xlsx-budget';

/** Previews a table against the database: kab/kota checks and registered names, for the actor. */
export function previewTable(db: Db, actor: Actor, table: ImportTable): ImportPreview {
	const codes = [...new Set(table.rows.map((r) => normalizeRegionCode(r.values.regionCode ?? '')))];
	const known = new Map(
		db
			.select({ code: regions.code, level: regions.level })
			.from(regions)
			.where(inArray(regions.code, codes))
			.all()
			.map((r) => [r.code, r.level])
	);
	const existing = new Map(
		db
			.select({ name: panti.name, regionCode: panti.regionCode })
			.from(panti)
			.where(inArray(panti.regionCode, codes))
			.all()
			.map((p) => [duplicateKey(p.name, p.regionCode), p.name])
	);
	return previewImport(table, {
		existing,
		regionProblem: (code) => {
			if (known.get(code) !== 'regency') return 'Kabupaten/kota tidak dikenal.';
			if (!canManagePantiIn(actor, code))
				return 'Kabupaten/kota ini di luar wilayah kewenangan Anda.';
			return null;
		}
	});
}

/** What the confirm step must find again: the same file and the same outcome for every row. */
export function previewDigest(bytes: Uint8Array, preview: ImportPreview): string {
	const file = createHash('sha256').update(bytes).digest('hex');
	const rows = preview.rows.map((r) => [r.number, r.status]);
	return createHash('sha256').update(JSON.stringify({ file, rows })).digest('hex');
}

export type PreviewResult = { ok: true; preview: ImportPreview; digest: string } | Failure;

/** What the preview page shows: the outcome per row, never the parsed data. */
export function previewView(preview: ImportPreview) {
	return {
		counts: preview.counts,
		ignoredHeaders: preview.ignoredHeaders,
		rows: preview.rows.map((r) => ({
			number: r.number,
			name: r.name,
			regionCode: r.regionCode,
			status: r.status,
			errors: Object.entries(r.errors).map(([column, messages]) => ({ column, messages })),
			duplicate: r.duplicate
		}))
	};
}

/** Step 1: read and check the file; nothing is saved. */
export async function previewPantiImport(
	db: Db,
	actor: Actor,
	bytes: Uint8Array
): Promise<PreviewResult> {
	const read = await readImportFile(bytes);
	if (!read.ok) return read;
	const preview = previewTable(db, actor, read.table);
	return { ok: true, preview, digest: previewDigest(bytes, preview) };
}

export type ConfirmResult = { ok: true; ids: number[] } | Failure;

class RowRefused extends Error {}

/**
 * Step 2: saves the `ok` rows of the preview whose digest is `digest`, all in one transaction
 * (all or nothing), each audited as a create plus an import note naming the file and row. The
 * preview is recomputed inside the (immediate) transaction, so no other write can slip between
 * the check and the save.
 */
export async function confirmPantiImport(
	db: Db,
	actor: Actor,
	file: { bytes: Uint8Array; name: string },
	digest: string,
	now: Date
): Promise<ConfirmResult> {
	const read = await readImportFile(file.bytes);
	if (!read.ok) return read;
	const changed = {
		ok: false,
		message:
			'Data berubah sejak pratinjau (berkas atau daftar panti). Unggah ulang berkasnya lalu periksa lagi.'
	} as const;
	try {
		return db.transaction(
			(): ConfirmResult => {
				const preview = previewTable(db, actor, read.table);
				if (previewDigest(file.bytes, preview) !== digest) return changed;
				const rows = preview.rows.filter((r) => r.status === 'ok' && r.input);
				if (rows.length === 0)
					return { ok: false, message: 'Tidak ada baris yang dapat disimpan.' };
				const ids = rows.map((row) => {
					const saved = createPanti(db, actor, row.input!, now);
					if (!saved.ok) throw new RowRefused(`Baris ${row.number} ditolak saat disimpan.`);
					audit(db, {
						userId: actor.id,
						action: 'panti.import',
						entityType: 'panti',
						entityId: saved.id,
						after: {
							berkas: tidyText(file.name, { multiline: false }).text.slice(0, 200),
							baris: row.number
						}
					});
					return saved.id;
				});
				return { ok: true, ids };
			},
			{ behavior: 'immediate' }
		);
	} catch (err) {
		if (err instanceof RowRefused)
			return { ok: false, message: `${err.message} Tidak ada yang disimpan.` };
		throw err;
	}
}
