/**
 * zod field builders for HTML form values (always strings), with Indonesian messages.
 * Empty strings mean "not filled"; numbers are never silently coerced from "". Every text field is
 * built on `cleanText`, so no control or bidi reordering character reaches the database.
 */
import { formatNumber } from '../format';
import { z } from 'zod';
import { tidyText, type TextRules } from './plain-text';

export type HiddenCharacters = 'refuse' | 'strip';

/**
 * A string whose hidden characters (plain-text.ts) are handled the one way the field chose:
 * `refuse` answers with a message naming the field (identity text: names, addresses, document
 * numbers, which are printed on certificates and compared for duplicates, so a hidden character
 * there is an attack or a paste the user should see); `strip` drops them silently (free-text notes
 * and reasons, where losing what an assessor wrote over an invisible character would be worse).
 * Either way the value that comes out has line breaks normalized and no hidden character left.
 * @example cleanText('Nama', { multiline: false, hidden: 'strip' }).parse('A\u202Eb') === 'Ab'
 */
export const cleanText = (
	label: string,
	rules: TextRules & { hidden: HiddenCharacters },
	params?: { error: string }
) =>
	z
		.string(params)
		.refine((v) => rules.hidden === 'strip' || !tidyText(v, rules).hidden, {
			error: `${label} berisi karakter tersembunyi (karakter kontrol atau pengatur arah teks). Hapus lalu ketik ulang isiannya.`,
			abort: true
		})
		.overwrite((v) => tidyText(v, rules).text);

export interface TextFieldRules {
	/** Keep line breaks (a textarea); default false: breaks and tabs become spaces. */
	readonly multiline?: boolean;
	/** Default `refuse`: most text fields are identity text; notes and reasons pass `strip`. */
	readonly hidden?: HiddenCharacters;
}

const rulesOf = (r: TextFieldRules) => ({
	multiline: r.multiline ?? false,
	hidden: r.hidden ?? 'refuse'
});

export const requiredText = (label: string, min: number, max: number, rules: TextFieldRules = {}) =>
	cleanText(label, rulesOf(rules), { error: `${label} wajib diisi.` })
		.trim()
		.min(1, { error: `${label} wajib diisi.` })
		.min(min, { error: `${label} minimal ${min} karakter.` })
		.max(max, { error: `${label} maksimal ${max} karakter.` });

export const optionalText = (label: string, max: number, rules: TextFieldRules = {}) =>
	cleanText(label, rulesOf(rules))
		.trim()
		.max(max, { error: `${label} maksimal ${max} karakter.` })
		.optional()
		.transform((v) => (v ? v : null));

export const wholeNumber = (label: string, max: number) =>
	z
		.string({ error: `${label} wajib diisi.` })
		.trim()
		.min(1, { error: `${label} wajib diisi.` })
		.regex(/^\d+$/, { error: `${label} harus bilangan bulat 0 atau lebih.` })
		.transform(Number)
		.refine((n) => n <= max, { error: `${label} paling banyak ${formatNumber(max)}.` });

/** An optional decimal within [min, max]; "" → null. Accepts a comma as decimal separator. */
export const optionalDecimal = (label: string, min: number, max: number) =>
	z
		.string()
		.trim()
		.optional()
		.transform((v, ctx) => {
			if (!v) return null;
			const n = Number(v.replace(',', '.'));
			if (!Number.isFinite(n)) {
				ctx.addIssue({ code: 'custom', message: `${label} harus berupa angka.` });
				return z.NEVER;
			}
			if (n < min || n > max) {
				ctx.addIssue({
					code: 'custom',
					message: `${label} harus antara ${formatNumber(min, 6)} dan ${formatNumber(max, 6)}.`
				});
				return z.NEVER;
			}
			return n;
		});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
	if (!ISO_DATE.test(value)) return false;
	const d = new Date(value + 'T00:00:00Z');
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export const optionalDate = (label: string) =>
	z
		.string()
		.trim()
		.optional()
		.transform((v, ctx) => {
			if (!v) return null;
			if (!isIsoDate(v)) {
				ctx.addIssue({ code: 'custom', message: `${label} bukan tanggal yang valid.` });
				return z.NEVER;
			}
			return v;
		});

export const choice = <const T extends readonly [string, ...string[]]>(
	values: T,
	message: string
) => z.enum(values, { error: message });

/** Flattens zod issues to `{ 'legal.npwp.number': ['…'] }`, the names the form fields carry. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const issue of error.issues) {
		const key = issue.path.join('.') || '_form';
		(out[key] ??= []).push(issue.message);
	}
	return out;
}
