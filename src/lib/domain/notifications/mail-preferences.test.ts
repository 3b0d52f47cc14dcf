import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../input/form-fields';
import { mailPreferencesSchema } from './mail-preferences';

const parse = (role: Parameters<typeof mailPreferencesSchema>[0], input: unknown) => {
	const r = mailPreferencesSchema(role).safeParse(input);
	return r.success ? { ok: r.data } : { errors: fieldErrors(r.error) };
};

describe('mail preferences', () => {
	it.each([
		[
			'an address and kinds, trimmed, in the list order, once each',
			{ email: ' rina@example.go.id ', kinds: ['returned', 'assigned', 'returned'] },
			{ ok: { email: 'rina@example.go.id', kinds: ['assigned', 'returned'] } }
		],
		['nothing at all: mail off for this user', {}, { ok: { email: null, kinds: [] } }],
		[
			'an address without kinds: kept for later',
			{ email: 'rina@example.go.id', kinds: [] },
			{ ok: { email: 'rina@example.go.id', kinds: [] } }
		]
	])('accepts %s', (_, input, expected) => {
		expect(parse('asesor', input)).toEqual(expected);
	});

	it.each([
		['not an address', { email: 'rina di kantor', kinds: [] }, 'email', /tidak valid/],
		['a second @', { email: 'rina@@example.go.id', kinds: [] }, 'email', /tidak valid/],
		[
			'far too long',
			{ email: `${'a'.repeat(250)}@example.go.id`, kinds: [] },
			'email',
			/maksimal 254/
		],
		['kinds without an address', { email: '', kinds: ['assigned'] }, 'email', /Isi alamat email/],
		[
			'a kind an asesor never receives',
			{ email: 'rina@example.go.id', kinds: ['submitted'] },
			'kinds',
			/tidak tersedia/
		],
		[
			'a kind that does not exist',
			{ email: 'rina@example.go.id', kinds: ['spam'] },
			'kinds',
			/tidak tersedia/
		]
	])('refuses %s, on the field', (_, input, field, message) => {
		const r = parse('asesor', input);
		expect(r.errors?.[field]?.[0]).toMatch(message);
	});

	it('offers an admin nothing to choose', () => {
		expect(
			parse('admin', { email: 'admin@example.go.id', kinds: ['submitted'] }).errors
		).toHaveProperty('kinds');
		expect(parse('dinas', { email: 'dinas@example.go.id', kinds: ['submitted'] }).ok).toEqual({
			email: 'dinas@example.go.id',
			kinds: ['submitted']
		});
	});
});
