import { fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';
import { fieldErrors } from '$lib/domain/input/form-fields';

/**
 * The text posted under `name`, or undefined when it is missing or a file: the one way fields are
 * read off a FormData (zod then reports a missing field as required).
 * @example textField(data, 'name') // 'Panti Asuhan …' | undefined
 */
export function textField(data: FormData, name: string): string | undefined {
	const value = data.get(name);
	return typeof value === 'string' ? value : undefined;
}

/** Every text value posted under `name` (checkbox groups, multi-selects); files are skipped. */
export function textFields(data: FormData, name: string): string[] {
	return data.getAll(name).filter((v): v is string => typeof v === 'string');
}

/**
 * The named fields as one object for a zod schema, each a string or undefined.
 * @example textFieldsOf(data, ['name', 'role']) // { name: 'Rina', role: undefined }
 */
export function textFieldsOf<K extends string>(
	data: FormData,
	names: readonly K[]
): { [F in K]?: string } {
	const fields: { [F in K]?: string } = {};
	for (const name of names) fields[name] = textField(data, name);
	return fields;
}

/** Plain values of a FormData, for re-filling the form after an error (never files or secrets). */
export function formValues(
	data: FormData,
	omit: readonly string[] = ['password']
): Record<string, string | string[]> {
	const out: Record<string, string | string[]> = {};
	for (const key of new Set(data.keys())) {
		if (omit.includes(key)) continue;
		const all = textFields(data, key);
		out[key] = all.length > 1 || key === 'pmks' ? all : (all[0] ?? '');
	}
	return out;
}

export type FormFailure = {
	values: Record<string, string | string[]>;
	errors: Record<string, string[]>;
	message?: string;
};

export const UNREADABLE_FORM =
	'Isi formulir tidak dapat dibaca. Muat ulang halaman lalu kirim lagi.';

/**
 * The posted form, or a ready `fail(400)` when the body cannot be read as one. Every action and
 * endpoint reads its form through here: `request.formData()` throws a TypeError on a multipart
 * body without its boundary, cut short or with an oversized part header, and a throw in an action
 * is a 500. An error that carries its own status (Kit's 413 for a body over BODY_SIZE_LIMIT) is
 * rethrown so the client still gets that status.
 *
 * @example
 * const data = await readForm(request);
 * if (!(data instanceof FormData)) return data; // the fail(400)
 */
export async function readForm(request: Request): Promise<FormData | ActionFailure<FormFailure>> {
	try {
		return await request.formData();
	} catch (err) {
		if (err instanceof Error && 'status' in err && typeof err.status === 'number') throw err;
		return fail(400, { values: {}, errors: {}, message: UNREADABLE_FORM } satisfies FormFailure);
	}
}

/**
 * Validates with `safeParse` (a throw would become a 500) and returns either the data or a
 * `fail(400)` carrying field errors and the submitted values.
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, data: FormData) {
	const result = schema.safeParse(input);
	if (result.success) return { ok: true as const, data: result.data };
	return {
		ok: false as const,
		failure: fail(400, {
			values: formValues(data),
			errors: fieldErrors(result.error),
			message: 'Periksa kembali isian yang ditandai.'
		} satisfies FormFailure)
	};
}

export function invalid(
	data: FormData,
	errors: Record<string, string[]>,
	message = 'Periksa kembali isian yang ditandai.'
) {
	return fail(400, { values: formValues(data), errors, message } satisfies FormFailure);
}
