/**
 * One spreadsheet row turned into the input the registry form's schema reads: labels become
 * codes, spreadsheet number and date habits become the form's formats.
 */
import { pantiFormObject } from './form';
import { PMKS_CATEGORIES } from './pmks';
import {
	OWNERSHIPS,
	OWNERSHIP_LABELS,
	PANTI_TYPES,
	PANTI_TYPE_LABELS,
	PANTI_TYPE_SHORT
} from './types';

const fold = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

function lookup<T extends string>(
	codes: readonly T[],
	labels: Record<T, string>[]
): Map<string, T> {
	const map = new Map<string, T>();
	for (const code of codes) {
		map.set(fold(code), code);
		for (const l of labels) map.set(fold(l[code]), code);
	}
	return map;
}

const TYPE_BY_NAME = lookup(PANTI_TYPES, [PANTI_TYPE_LABELS, PANTI_TYPE_SHORT]);
const OWNERSHIP_BY_NAME = lookup(OWNERSHIPS, [OWNERSHIP_LABELS]);
const PMKS_BY_NAME = new Map(
	PMKS_CATEGORIES.flatMap(([code, label]) => [
		[fold(code), code],
		[fold(label), code]
	])
);

/**
 * Spreadsheet habits turned into the form's formats: `64,08` or a number cell `64.1` → `64.10`.
 * @example normalizeRegionCode('64,1') === '64.10'
 */
export function normalizeRegionCode(value: string): string {
	const m = /^(\d{2})[.,](\d{1,2})$/.exec(value.trim());
	if (!m) return value.trim();
	return `${m[1]}.${m[2]!.padEnd(2, '0')}`;
}

/** `7/3/2024` (day first, as Indonesian Excel writes) → `2024-03-07`; anything else unchanged. */
export function normalizeDate(value: string): string {
	const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
	if (!m) return value.trim();
	return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/**
 * The nested input `pantiFormSchema` reads, built from a spreadsheet row through the same
 * `pantiFormObject` the form uses. Labels become codes (case-insensitive); unknown values pass
 * through unchanged so the schema reports them with its usual message.
 */
export function rowToFormInput(values: Readonly<Record<string, string>>) {
	const get = (field: string): string | null => {
		const raw = values[field];
		if (raw === undefined) return null;
		if (field === 'type') return TYPE_BY_NAME.get(fold(raw)) ?? raw;
		if (field === 'ownership') return OWNERSHIP_BY_NAME.get(fold(raw)) ?? raw;
		if (field === 'regionCode') return normalizeRegionCode(raw);
		if (field.startsWith('staff.')) return raw.trim() === '' ? null : raw;
		if (/\.(issuedOn|expiresOn)$/.test(field)) return normalizeDate(raw);
		return raw;
	};
	const getAll = (field: string): string[] =>
		(values[field] ?? '')
			.split(/[,;|\n]/)
			.map((s) => s.trim())
			.filter((s) => s !== '')
			.map((s) => PMKS_BY_NAME.get(fold(s)) ?? s);
	return pantiFormObject(get, getAll);
}
