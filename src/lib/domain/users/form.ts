/** Validation of the admin's user form (create and edit share it). */
import { z } from 'zod';
import { ROLES } from '../access';
import { choice, requiredText } from '../input/form-fields';
import { MIN_PASSWORD, passwordProblem } from '../auth/password-policy';
import { nipSchema, positionSchema } from './signatory';
export { MIN_PASSWORD };

const REGION_CODE = /^\d{2}(\.\d{2})?$/;

const base = {
	name: requiredText('Nama lengkap', 3, 120),
	role: choice(ROLES, 'Pilih peran.'),
	regionCode: z.string().trim().optional(),
	pantiId: z.string().trim().optional(),
	...signatoryFields()
};

/** NIP and jabatan: optional for anyone, needed by a reviewer to finalize (signatory.ts). */
function signatoryFields() {
	return {
		nip: z.string().default('').pipe(nipSchema),
		position: z.string().default('').pipe(positionSchema)
	};
}

/** What a user edits of their own profile on Akun saya. */
export const ownProfileSchema = z.object(signatoryFields());
export type OwnProfileInput = z.output<typeof ownProfileSchema>;

function scopeRules(
	v: { role: string; regionCode?: string; pantiId?: string },
	ctx: z.RefinementCtx
): void {
	if (v.role === 'dinas' && !(v.regionCode && REGION_CODE.test(v.regionCode)))
		ctx.addIssue({
			code: 'custom',
			path: ['regionCode'],
			message: 'Dinas Sosial harus punya wilayah: provinsi atau kabupaten/kota.'
		});
	if (v.role === 'panti' && !(v.pantiId && /^\d+$/.test(v.pantiId)))
		ctx.addIssue({
			code: 'custom',
			path: ['pantiId'],
			message: 'Kepala panti harus terhubung ke satu panti.'
		});
}

/** The password policy without the username (the edit form has none; the server checks it). */
const password = z.string({ error: 'Kata sandi wajib diisi.' }).superRefine((v, ctx) => {
	const problem = passwordProblem(v);
	if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** On creation the username is in the same form: the password may not contain it. */
function notTheUsername(v: { username: string; password: string }, ctx: z.RefinementCtx): void {
	// Any other problem is already on the field (zod runs this refinement regardless).
	if (passwordProblem(v.password) !== null) return;
	const problem = passwordProblem(v.password, v.username);
	if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
}

export const userCreateSchema = z
	.object({
		...base,
		username: z
			.string({ error: 'Nama pengguna wajib diisi.' })
			.trim()
			.toLowerCase()
			.regex(/^[a-z0-9._-]{3,40}$/, {
				error: 'Nama pengguna 3–40 karakter: huruf kecil, angka, titik, garis bawah atau strip.'
			}),
		password
	})
	.superRefine(scopeRules)
	.superRefine(notTheUsername);

export const userEditSchema = z
	.object({
		...base,
		password: z
			.string()
			.optional()
			.transform((v) => (v ? v : null))
			.pipe(password.nullable()),
		version: z.string().regex(/^\d+$/).transform(Number)
	})
	.superRefine(scopeRules);

/** NIP and jabatan may be left out (a kepala account has none): absent means unchanged. */
type OptionalSignatory<T> = Omit<T, 'nip' | 'position'> & {
	nip?: string | null;
	position?: string | null;
};
export type UserCreateInput = OptionalSignatory<z.output<typeof userCreateSchema>>;
export type UserEditInput = OptionalSignatory<z.output<typeof userEditSchema>>;

/** Only the scope field that belongs to the role is kept. */
export function scopeOf(input: { role: string; regionCode?: string; pantiId?: string }) {
	return {
		regionCode: input.role === 'dinas' ? (input.regionCode ?? null) : null,
		pantiId: input.role === 'panti' && input.pantiId ? Number(input.pantiId) : null
	};
}
