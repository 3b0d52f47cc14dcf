/**
 * A certificate's public standing and the verification code printed on it. Pure, so the public
 * verification page, the assessment page and the PDFs all answer the same.
 */

export const CERTIFICATE_STATUSES = ['berlaku', 'kedaluwarsa', 'dicabut'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export const CERTIFICATE_STATUS_LABELS: Record<CertificateStatus, string> = {
	berlaku: 'Berlaku',
	kedaluwarsa: 'Kedaluwarsa',
	dicabut: 'Dicabut'
};

/**
 * Revocation wins over dates; a certificate is valid through its `validUntil` day (WIB) itself.
 * A missing validity date never counts as valid (fail closed).
 * @example certificateStatus({ validUntil: '2031-11-23', revokedAt: null }, '2031-11-23') === 'berlaku'
 */
export function certificateStatus(
	cert: { readonly validUntil: string | null; readonly revokedAt: string | null },
	today: string
): CertificateStatus {
	if (cert.revokedAt) return 'dicabut';
	if (cert.validUntil === null || cert.validUntil < today) return 'kedaluwarsa';
	return 'berlaku';
}

/** The alphabet of verification codes (Crockford-like base32: no I, L, O, U). */
export const VERIFICATION_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const VERIFICATION_CODE_LENGTH = 16;

const CODE = new RegExp(`^[${VERIFICATION_ALPHABET}]{${VERIFICATION_CODE_LENGTH}}$`);

/** Letters the alphabet leaves out because they read as digits; Crockford maps them back. */
const LOOK_ALIKES: Record<string, string> = { O: '0', I: '1', L: '1' };

/**
 * What people type or copy from a printed certificate: trimmed, upper-cased, spaces and dashes
 * (used to group the code for reading) removed, and the letters O, I and L (not in the alphabet)
 * read as the digits 0, 1 and 1 they look like on paper. U stays: it maps to nothing. Does not
 * validate.
 * @example normalizeVerificationCode(' abcd-efgh 2345 6789 ') === 'ABCDEFGH23456789'
 * @example normalizeVerificationCode('OOlI-ABCD-2345-6789') === '0011ABCD23456789'
 */
export function normalizeVerificationCode(raw: string): string {
	return raw
		.trim()
		.toUpperCase()
		.replace(/[\s\-‐‑–—]+/g, '')
		.replace(/[OIL]/g, (c) => LOOK_ALIKES[c]!);
}

/** True for a normalized code of the right length and alphabet (it may still not exist). */
export function isVerificationCode(code: string): boolean {
	return CODE.test(code);
}
