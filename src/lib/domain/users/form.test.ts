import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ownProfileSchema, userCreateSchema, userEditSchema } from './form';

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

describe('NIP and jabatan', () => {
	const profile = (nip: string, position = 'Kepala Dinas Sosial') =>
		ownProfileSchema.safeParse({ nip, position });
	const nipErrors = (r: ReturnType<typeof profile>) =>
		r.success ? [] : (z.flattenError(r.error).fieldErrors.nip ?? []);

	it.each([
		['19780512 200501 1 003', '197805122005011003'],
		['197805122005011003', '197805122005011003'],
		['', null],
		['   ', null]
	])('accepts %j as %j (spaces that group it are dropped; empty is not recorded)', (nip, kept) => {
		const r = profile(nip);
		expect(r.success && r.data.nip).toBe(kept);
	});

	it.each([
		'12345',
		'1978051220050110031',
		'19780512200501100X',
		'１９７８０５１２２００５０１１００３'
	])('refuses %j: a NIP is 18 digits', (nip) => {
		expect(nipErrors(profile(nip))).toEqual(['NIP terdiri dari 18 angka.']);
	});

	it('keeps the jabatan trimmed, empty as not recorded, and the admin form carries both', () => {
		expect(profile('', '  Kepala Bidang  ').data?.position).toBe('Kepala Bidang');
		expect(profile('', '').data?.position).toBeNull();
		const r = userEditSchema.safeParse({
			name: 'Dewi',
			role: 'dinas',
			regionCode: '64',
			nip: '197805122005011003',
			position: 'Kepala Dinas',
			version: '1'
		});
		expect(r.success && [r.data.nip, r.data.position]).toEqual([
			'197805122005011003',
			'Kepala Dinas'
		]);
	});
});
