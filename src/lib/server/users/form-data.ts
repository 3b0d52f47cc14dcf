import { regionOptions } from '../regions';
import type { Queryable } from '../db';
import { pantiChoices } from './manage';

/** What the user form needs to render its pickers (national scope: admin only). */
export function userFormOptions(db: Queryable) {
	const { provinces, regencies } = regionOptions(db, {
		id: 0,
		role: 'admin',
		regionCode: null,
		pantiId: null
	});
	return { provinces, regencies, pantiChoices: pantiChoices(db) };
}

/** The raw fields of the user form, as the zod schemas read them. */
export function userFormInput(data: FormData) {
	const get = (k: string) => {
		const v = data.get(k);
		return typeof v === 'string' ? v : undefined;
	};
	return {
		name: get('name'),
		username: get('username'),
		role: get('role'),
		regionCode: get('regionCode'),
		pantiId: get('pantiId'),
		password: get('password'),
		version: get('version')
	};
}
