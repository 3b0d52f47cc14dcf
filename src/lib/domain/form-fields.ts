/**
 * zod field builders for HTML form values (always strings), with Indonesian messages.
 * Empty strings mean "not filled"; numbers are never silently coerced from "".
 */
import { z } from 'zod';

export const requiredText = (label: string, min: number, max: number) =>
	z
		.string({ error: `${label} wajib diisi.` })
		.trim()
		.min(1, { error: `${label} wajib diisi.` })
		.min(min, { error: `${label} minimal ${min} karakter.` })
		.max(max, { error: `${label} maksimal ${max} karakter.` });

export const optionalText = (label: string, max: number) =>
	z
		.string()
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
		.refine((n) => n <= max, { error: `${label} paling banyak ${max.toLocaleString('id-ID')}.` });

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
				ctx.addIssue({ code: 'custom', message: `${label} harus antara ${min} dan ${max}.` });
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
