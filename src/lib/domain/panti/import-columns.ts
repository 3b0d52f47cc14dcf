/**
 * The import's columns, derived from the registry form (which fields, which are required), and
 * the header-only CSV template built from them.
 */
import { toCsv } from '../input/csv';
import { fieldErrors } from '../input/form-fields';
import { pantiFormObject, pantiFormSchema } from './form';
import {
	EXPIRING_DOCUMENTS,
	LEGAL_DOCUMENT_KINDS,
	LEGAL_DOCUMENT_LABELS,
	OWNERSHIPS,
	PANTI_TYPES,
	PROFESSIONS,
	PROFESSION_LABELS
} from './types';

export interface ImportColumn {
	/** Header in the spreadsheet (Indonesian, snake_case). */
	readonly header: string;
	/** The registry form's field name it fills. */
	readonly field: string;
	readonly label: string;
	readonly hint: string;
	readonly required: boolean;
}

type ColumnSpec = Omit<ImportColumn, 'required'>;
const col = (header: string, field: string, label: string, hint: string): ColumnSpec => ({
	header,
	field,
	label,
	hint
});
const WHOLE = 'Bilangan bulat';
const DATE = 'TTTT-BB-HH atau HH/BB/TTTT';

const BASE_COLUMNS: ColumnSpec[] = [
	col('nama', 'name', 'Nama panti', '3–200 karakter'),
	col('jenis', 'type', 'Jenis panti', `Kode atau nama: ${PANTI_TYPES.join(', ')}`),
	col('kepemilikan', 'ownership', 'Kepemilikan', `Kode atau nama: ${OWNERSHIPS.join(', ')}`),
	col('alamat', 'address', 'Alamat', '5–500 karakter'),
	col('kode_wilayah', 'regionCode', 'Kabupaten/kota', 'Kode kab/kota, mis. 64.08'),
	col('lintang', 'latitude', 'Lintang', 'Desimal, mis. 0,55 (opsional)'),
	col('bujur', 'longitude', 'Bujur', 'Desimal, mis. 117,6 (opsional)'),
	col('kapasitas', 'capacity', 'Kapasitas (orang)', 'Bilangan bulat ≥ 1'),
	col('jumlah_klien', 'currentClients', 'Jumlah klien saat ini', WHOLE),
	col('unsur_pimpinan', 'staffPimpinan', 'Unsur pimpinan', WHOLE),
	col('unsur_operasional', 'staffOperasional', 'Unsur operasional', WHOLE),
	col('unsur_penunjang', 'staffPenunjang', 'Unsur penunjang', WHOLE),
	col('pmks', 'pmks', 'Kategori PMKS dilayani', 'Kode atau nama kategori, dipisah koma atau |')
];

/** Staff by profession and the legal documents: exactly the inputs the registry form shows. */
const DETAIL_COLUMNS: ColumnSpec[] = [
	...PROFESSIONS.map((p) =>
		col(`staf_${p}`, `staff.${p}`, PROFESSION_LABELS[p], `${WHOLE}; kosong = 0`)
	),
	...LEGAL_DOCUMENT_KINDS.flatMap((kind) => {
		const label = LEGAL_DOCUMENT_LABELS[kind];
		const base = `legal.${kind}`;
		return [
			col(`${kind}_nomor`, `${base}.number`, `Nomor ${label}`, 'Teks'),
			kind !== 'npwp' && col(`${kind}_terbit`, `${base}.issuedOn`, `Tanggal terbit ${label}`, DATE),
			EXPIRING_DOCUMENTS.includes(kind) &&
				col(`${kind}_berakhir`, `${base}.expiresOn`, `Berlaku sampai (${label})`, DATE)
		].filter((c): c is ColumnSpec => c !== false);
	})
];

/**
 * Fields the schema rejects when left empty: validating an all-empty form tells us, so the list of
 * required columns can never drift from the form's rules.
 */
const REQUIRED_FIELDS: ReadonlySet<string> = (() => {
	const blank = (): never[] => [];
	const empty = pantiFormSchema.safeParse(pantiFormObject(() => null, blank));
	return new Set(empty.success ? [] : Object.keys(fieldErrors(empty.error)).map(baseField));
})();

/** `pmks.0` → `pmks`: list items report under their column. */
export function baseField(path: string): string {
	return path.replace(/\.\d+$/, '');
}

export const IMPORT_COLUMNS: readonly ImportColumn[] = [...BASE_COLUMNS, ...DETAIL_COLUMNS].map(
	(c) => ({ ...c, required: REQUIRED_FIELDS.has(c.field) })
);

/** Registry form field → its spreadsheet header. */
export const HEADER_OF = new Map(IMPORT_COLUMNS.map((c) => [c.field, c.header]));

/**
 * The template: the header row only, `;`-separated with a BOM so Excel opens it in columns.
 * @example importTemplateCsv().startsWith('\uFEFFnama;jenis;kepemilikan;')
 */
export function importTemplateCsv(): string {
	return toCsv([IMPORT_COLUMNS.map((c) => c.header)]);
}
