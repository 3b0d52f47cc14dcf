/**
 * The official who signs a certificate: the reviewer who finalized it, as their profile read at
 * that moment. Frozen with the accreditation, so a later rename or promotion never rewrites a
 * certificate already issued.
 */
import { z } from 'zod';

export interface Signatory {
	readonly name: string;
	/** Nomor Induk Pegawai: 18 digits. Null only for certificates issued before it was recorded. */
	readonly nip: string | null;
	/** Jabatan, e.g. "Kepala Dinas Sosial Provinsi Kalimantan Timur". */
	readonly position: string | null;
	/** Where it was signed: the reviewer's region (null for the national office). */
	readonly place: string | null;
}

/** NIP: 18 digits; spaces people type to group it are dropped. Empty → null (not recorded). */
export const nipSchema = z
	.string()
	.transform((v) => v.replace(/\s+/g, ''))
	.pipe(
		z.union([
			z.literal('').transform(() => null),
			z.string().regex(/^\d{18}$/, { error: 'NIP terdiri dari 18 angka.' })
		])
	);

/** Jabatan: optional free text; empty → null. */
export const positionSchema = z
	.string()
	.trim()
	.max(160, { error: 'Jabatan paling panjang 160 karakter.' })
	.transform((v) => v || null);

/** The profile fields the signatory block needs, missing ones named for the message. */
export function missingSignatoryFields(profile: {
	readonly nip: string | null;
	readonly position: string | null;
}): string[] {
	return [!profile.nip && 'NIP', !profile.position && 'jabatan'].filter(
		(f): f is string => typeof f === 'string'
	);
}

/**
 * Why this reviewer cannot sign yet, or null when they can.
 * @example signatoryRefusal({ nip: null, position: 'Kepala Dinas' })
 *   // 'Lengkapi NIP di halaman Akun saya sebelum memfinalkan: …'
 */
export function signatoryRefusal(profile: {
	readonly nip: string | null;
	readonly position: string | null;
}): string | null {
	const missing = missingSignatoryFields(profile);
	if (!missing.length) return null;
	return `Lengkapi ${missing.join(' dan ')} Anda di halaman Akun saya sebelum memfinalkan: keduanya dicetak di blok tanda tangan sertifikat.`;
}
