import { describe, expect, it } from 'vitest';
import {
	certificateStatus,
	isVerificationCode,
	normalizeVerificationCode,
	VERIFICATION_ALPHABET
} from './certificate-status';

describe('certificateStatus', () => {
	const today = '2026-11-23';

	it('valid through the last day itself, expired the day after', () => {
		expect(certificateStatus({ validUntil: '2031-11-23', revokedAt: null }, today)).toBe('berlaku');
		expect(certificateStatus({ validUntil: today, revokedAt: null }, today)).toBe('berlaku');
		expect(certificateStatus({ validUntil: '2026-11-22', revokedAt: null }, today)).toBe(
			'kedaluwarsa'
		);
	});

	it('revocation wins, whether or not the dates are still valid', () => {
		const revokedAt = '2026-10-01T03:00:00.000Z';
		expect(certificateStatus({ validUntil: '2031-11-23', revokedAt }, today)).toBe('dicabut');
		expect(certificateStatus({ validUntil: '2020-01-01', revokedAt }, today)).toBe('dicabut');
	});

	it('a certificate without a validity date is never valid', () => {
		expect(certificateStatus({ validUntil: null, revokedAt: null }, today)).toBe('kedaluwarsa');
	});
});

describe('verification codes', () => {
	it('normalizes what people type: case, spaces, dashes', () => {
		expect(normalizeVerificationCode(' abcd-efgh 2345 6789 ')).toBe('ABCDEFGH23456789');
		expect(normalizeVerificationCode('ABCD–EFGH–2345–6789')).toBe('ABCDEFGH23456789');
		expect(normalizeVerificationCode('\tabcd\nefgh23456789')).toBe('ABCDEFGH23456789');
	});

	it('has 0 and 1 in the alphabet, and none of the letters that look like them', () => {
		expect(VERIFICATION_ALPHABET).toMatch(/0.*1/);
		expect(VERIFICATION_ALPHABET).not.toMatch(/[ILOU]/);
	});

	it.each([
		['O and o are 0', 'ABCD-EFGH-O0o2-3456', 'ABCDEFGH00023456'],
		['I and i are 1', 'IiAB-CDEF-GH23-4567', '11ABCDEFGH234567'],
		['L and l are 1', 'LlAB-CDEF-GH23-4567', '11ABCDEFGH234567'],
		['all of them at once', 'oOiI lL01 abcd efgh', '00111101ABCDEFGH'],
		['U has no twin and stays', 'UABC-DEFG-H234-5678', 'UABCDEFGH2345678']
	])('reads look-alike letters as Crockford does: %s', (_, raw, expected) => {
		expect(normalizeVerificationCode(raw)).toBe(expected);
	});

	it('a code read with look-alikes is a code; one with U is not', () => {
		expect(isVerificationCode(normalizeVerificationCode('abcd-efgh-ilo2-3456'))).toBe(true);
		expect(isVerificationCode(normalizeVerificationCode('abcd-efgh-u102-3456'))).toBe(false);
	});

	it('accepts exactly 16 characters of the alphabet', () => {
		expect(VERIFICATION_ALPHABET).toHaveLength(32);
		expect(isVerificationCode('ABCDEFGH23456789')).toBe(true);
		expect(isVerificationCode('ABCDEFGH2345678')).toBe(false);
		expect(isVerificationCode('ABCDEFGH234567890')).toBe(false);
		// I, L, O and U are not in the alphabet; nor is anything outside A–Z and 0–9.
		for (const bad of ['I', 'L', 'O', 'U', '%', '/', 'a'])
			expect(isVerificationCode('ABCDEFGH2345678' + bad), bad).toBe(false);
		expect(isVerificationCode('')).toBe(false);
	});
});
