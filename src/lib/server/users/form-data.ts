import { textFieldsOf } from '../forms';
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

const USER_FIELDS = [
	'name',
	'username',
	'role',
	'regionCode',
	'pantiId',
	'nip',
	'position',
	'password',
	'version'
] as const;

/** The raw fields of the user form, as the zod schemas read them. */
export function userFormInput(data: FormData) {
	return textFieldsOf(data, USER_FIELDS);
}
