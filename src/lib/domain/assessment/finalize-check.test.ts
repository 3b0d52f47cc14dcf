import { describe, expect, it } from 'vitest';
import { finalizeRefusal, needsTypedConfirmation } from './finalize-check';

const outcome = { version: 4, total: 20.5, grade: 'TT' as const, safeguardingFindings: 0 };
const seen = { version: 4, total: 20.5, grade: 'TT' as const, confirmation: '' };

describe('finalizeRefusal', () => {
	it('asks a typed FINALKAN for Tidak Terakreditasi, in any case and with spaces around', () => {
		expect(finalizeRefusal(outcome, seen)).toMatch(/Ketik FINALKAN/);
		expect(finalizeRefusal(outcome, { ...seen, confirmation: 'final' })).toMatch(/Ketik FINALKAN/);
		expect(finalizeRefusal(outcome, { ...seen, confirmation: ' finalkan ' })).toBeNull();
	});

	it('asks it for a safeguarding finding even when the grade is not TT', () => {
		const b = { version: 4, total: 70, grade: 'B' as const, safeguardingFindings: 1 };
		const sawB = { version: 4, total: 70, grade: 'B' as const, confirmation: '' };
		expect(finalizeRefusal(b, sawB)).toMatch(/Ketik FINALKAN/);
		expect(needsTypedConfirmation('B', 0)).toBe(false);
		expect(finalizeRefusal({ ...b, safeguardingFindings: 0 }, sawB)).toBeNull();
	});

	it('refuses a decision taken on another version, total or grade', () => {
		const typed = { ...seen, confirmation: 'FINALKAN' };
		for (const stale of [{ version: 3 }, { total: 20.4 }, { grade: 'C' as const }])
			expect(finalizeRefusal(outcome, { ...typed, ...stale })).toMatch(/berubah sejak/);
	});
});
