import { pantiFormObject, pantiFormSchema } from '$lib/domain/panti-form';
import { parseWith } from '../forms';

/** Reads the registry form: the nested profile object, validated, or a ready `fail(400)`. */
export function parsePantiForm(data: FormData) {
	const input = pantiFormObject(
		(name) => {
			const value = data.get(name);
			return typeof value === 'string' ? value : null;
		},
		(name) => data.getAll(name).filter((v): v is string => typeof v === 'string')
	);
	return parseWith(pantiFormSchema, input, data);
}
