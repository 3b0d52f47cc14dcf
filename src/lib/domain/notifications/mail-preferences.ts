/**
 * What a user chooses on Akun saya about mail (issue 19): the address, and which kinds of notice
 * also come by email. Only the kinds their role can receive are accepted (kinds-by-role.ts).
 */
import { z } from 'zod';
import type { Role } from '../access';
import { NOTICE_KINDS, type NoticeKind } from './kinds';
import { kindsForRole } from './kinds-by-role';

/** As SMTP allows (RFC 5321: 254 characters in a path). */
const MAX_EMAIL = 254;

export interface MailPreferences {
	/** null: notices stay in the inbox only. */
	readonly email: string | null;
	readonly kinds: NoticeKind[];
}

/**
 * The preferences form for a user of `role`: `email` (empty clears it) and `kinds` (checkboxes).
 * @example mailPreferencesSchema('asesor').safeParse({ email: 'rina@example.go.id', kinds: ['assigned'] })
 *   // success: { email: 'rina@example.go.id', kinds: ['assigned'] }
 */
export function mailPreferencesSchema(role: Role) {
	const offered: readonly string[] = kindsForRole(role);
	return z
		.object({
			email: z
				.string()
				.default('')
				.transform((v) => v.trim())
				.pipe(
					z.union([
						z.literal(''),
						z
							.email({ error: 'Alamat email tidak valid. Contoh: nama@dinsos.go.id.' })
							.max(MAX_EMAIL, { error: `Alamat email maksimal ${MAX_EMAIL} karakter.` })
					])
				),
			kinds: z
				.array(z.string())
				.default([])
				.refine((ks) => ks.every((k) => offered.includes(k)), {
					error: 'Ada jenis pemberitahuan yang tidak tersedia untuk peran Anda. Muat ulang halaman.'
				})
		})
		.refine((v) => v.email !== '' || v.kinds.length === 0, {
			path: ['email'],
			error: 'Isi alamat email untuk menerima pemberitahuan lewat email, atau kosongkan pilihannya.'
		})
		.transform((v): MailPreferences => ({
			email: v.email || null,
			// Stored once each, in the list's order: the same choice always reads the same.
			kinds: NOTICE_KINDS.filter((k) => v.kinds.includes(k))
		}));
}
