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
