import { pantiFormObject, pantiFormSchema } from '$lib/domain/panti/form';
import { parseWith, textField, textFields } from '../forms';

/** Reads the registry form: the nested profile object, validated, or a ready `fail(400)`. */
export function parsePantiForm(data: FormData) {
	const input = pantiFormObject(
		(name) => textField(data, name) ?? null,
		(name) => textFields(data, name)
	);
	return parseWith(pantiFormSchema, input, data);
}
