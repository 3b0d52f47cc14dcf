import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { userCreateSchema, userEditSchema } from './form';

const create = (password: string) =>
	userCreateSchema.safeParse({
		name: 'Dewi Asesor',
		username: 'asesor.dewi',
		role: 'asesor',
		password
	});

const passwordErrors = (r: ReturnType<typeof create>) =>
	r.success ? [] : (z.flattenError(r.error).fieldErrors.password ?? []);

describe('the admin user form applies the password policy', () => {
	it.each([
		// What the probe got accepted, and then signed in with.
		['aaaaaaaaaa', 'Kata sandi tidak boleh satu karakter yang diulang.'],
		['          ', 'Kata sandi tidak boleh hanya berisi spasi.'],
		['pendek', 'Kata sandi minimal 10 karakter.'],
		['Rahasia2026', expect.stringContaining('terlalu umum')],
		['asesor.dewi-2026', 'Kata sandi tidak boleh memuat nama pengguna.']
	])('refuses %j', (password, message) => {
		expect(passwordErrors(create(password))).toEqual([message]);
	});

	it('accepts a sound password, on create and on edit (where it stays optional)', () => {
		expect(create('sandi-dewi-2026').success).toBe(true);
		const edit = (password: string) =>
			userEditSchema.safeParse({ name: 'Dewi', role: 'asesor', password, version: '1' });
		expect(edit('').success).toBe(true);
		expect(edit('aaaaaaaaaa').success).toBe(false);
		expect(edit('kebun-mangga-di-tepi-sungai').success).toBe(true);
	});
});
