/**
 * The import preview: each row validated with the registry form's schema, checked against the
 * user's kab/kota scope and against registered panti and earlier rows for duplicates.
 */
import { fieldErrors } from '../input/form-fields';
import { tidyText } from '../input/plain-text';
import { pantiFormSchema, type PantiInput } from './form';
import { baseField, HEADER_OF } from './import-columns';
import { rowToFormInput } from './import-row';
import type { ImportTable } from './import-sheet';

/**
 * Two panti are the same when their names match ignoring case, whitespace and punctuation, in the
 * same kab/kota: the importer and the registration form both judge duplicates by this key.
 * @example duplicateKey(' LKSA  Kasih ', '64.08') === duplicateKey('lksa kasih', '64.08')
 * @example duplicateKey('L.K.S.A. "Kasih-Ibu"', '64.08') === duplicateKey('LKSA Kasih Ibu', '64.08')
 */
export function duplicateKey(name: string, regionCode: string): string {
	return `${regionCode}|${name
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\p{P}\p{S}]+/gu, '')}`;
}

export interface ImportContext {
	/** Why new panti cannot be registered in this kab/kota (unknown, outside scope), or null. */
	regionProblem(regionCode: string): string | null;
	/** Registered panti names by `duplicateKey`. */
	readonly existing: ReadonlyMap<string, string>;
}

export interface PreviewRow {
	readonly number: number;
	readonly name: string;
	readonly regionCode: string;
	readonly status: 'ok' | 'error' | 'duplicate';
	/** Validation errors by column header. */
	readonly errors: Readonly<Record<string, string[]>>;
	readonly duplicate: string | null;
	/** The validated input, for `ok` rows only. */
	readonly input: PantiInput | null;
}

export interface ImportPreview {
	readonly rows: readonly PreviewRow[];
	readonly counts: { total: number; ok: number; error: number; duplicate: number };
	readonly ignoredHeaders: readonly string[];
}

const KABKOTA = /^\d{2}\.\d{2}$/;
const REGION_HEADER = HEADER_OF.get('regionCode') ?? 'kode_wilayah';

/**
 * Validates each row with the registry form's schema, checks the kab/kota against the user's
 * scope, and flags duplicates of registered panti and of earlier rows in the same file (the
 * earlier row stays; later copies are flagged, even when the earlier row has errors, so nothing
 * is saved twice by accident). Only `ok` rows are ever saved.
 */
export function previewImport(table: ImportTable, ctx: ImportContext): ImportPreview {
	const firstRowOf = new Map<string, number>();
	const rows = table.rows.map(({ number, values }): PreviewRow => {
		const input = rowToFormInput(values);
		const parsed = pantiFormSchema.safeParse(input);
		const errors: Record<string, string[]> = {};
		if (!parsed.success)
			for (const [path, messages] of Object.entries(fieldErrors(parsed.error)))
				(errors[HEADER_OF.get(baseField(path)) ?? 'baris'] ??= []).push(...messages);
		// Shown in the preview and compared for duplicates as the form would store it.
		const name = tidyText(input.name ?? '', { multiline: false }).text.trim();
		const regionCode = input.regionCode ?? '';
		if (KABKOTA.test(regionCode) && !errors[REGION_HEADER]) {
			const problem = ctx.regionProblem(regionCode);
			if (problem) errors[REGION_HEADER] = [problem];
		}
		let duplicate: string | null = null;
		if (name && KABKOTA.test(regionCode)) {
			const key = duplicateKey(name, regionCode);
			const existing = ctx.existing.get(key);
			const earlier = firstRowOf.get(key);
			if (existing !== undefined) duplicate = `Sudah terdaftar di kab/kota ini: "${existing}".`;
			else if (earlier !== undefined) duplicate = `Sama dengan baris ${earlier} di berkas ini.`;
			else firstRowOf.set(key, number);
		}
		const status = Object.keys(errors).length ? 'error' : duplicate ? 'duplicate' : 'ok';
		const data = status === 'ok' && parsed.success ? parsed.data : null;
		return { number, name, regionCode, status, errors, duplicate, input: data };
	});
	const counts = { total: rows.length, ok: 0, error: 0, duplicate: 0 };
	for (const r of rows) counts[r.status]++;
	return { rows, counts, ignoredHeaders: table.ignoredHeaders };
}
