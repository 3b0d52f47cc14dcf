import { describe, expect, it } from 'vitest';
import type { ScoreEntry } from '../engine';
import { form } from '../../../../tests/support/engine-fixture';
import {
	belowMinimumWarning,
	decisionCauses,
	minimaOf,
	missingDecisionMessage,
	needsOf,
	type Minimum
} from './consolidation';

const lvl = (level: number): ScoreEntry => ({ level, notApplicable: false });
const NA: ScoreEntry = { level: null, notApplicable: true };
const GATE: Minimum = { kind: 'gate', required: 3, cap: 'TT' };
const CRITICAL: Minimum = { kind: 'critical', required: 2, cap: 'C' };
const SAFEGUARDING: Minimum = { kind: 'safeguarding', required: 3, cap: 'TT' };

describe('which consolidated levels need the lead’s explicit decision', () => {
	it('reads each indicator’s minimum from the engine’s gate rules', () => {
		expect(minimaOf(form).get('UB-01')).toEqual({ kind: 'gate', required: 3, cap: 'TT' });
		expect(minimaOf(form).has('UA-01')).toBe(false);
	});

	it('members two or more levels apart need a decision; one level apart does not', () => {
		expect(needsOf(null, [lvl(4), lvl(2)])).toMatchObject({
			farApart: true,
			disagree: true,
			needsDecision: true
		});
		expect(needsOf(null, [lvl(3), lvl(2)])).toMatchObject({
			farApart: false,
			disagree: true,
			needsDecision: false
		});
		expect(needsOf(null, [lvl(3), lvl(3), undefined])).toMatchObject({
			disagree: false,
			needsDecision: false
		});
	});

	it('anyone below the minimum needs a decision, even when the team agrees', () => {
		expect(needsOf(GATE, [lvl(2), lvl(2)])).toMatchObject({
			belowMinimum: true,
			disagree: false,
			needsDecision: true
		});
		expect(needsOf(GATE, [lvl(3), lvl(4)]).needsDecision).toBe(false);
		expect(needsOf(CRITICAL, [lvl(1), lvl(2)]).needsDecision).toBe(true);
	});

	it('N/A against a level matters only where a minimum could be skipped by it', () => {
		expect(needsOf(GATE, [NA, lvl(4)])).toMatchObject({
			naAgainstMinimum: true,
			needsDecision: true
		});
		expect(needsOf(null, [NA, lvl(4)])).toMatchObject({ disagree: true, needsDecision: false });
		expect(needsOf(GATE, [NA, NA]).needsDecision).toBe(false);
	});

	it('an unscored sheet decides nothing', () => {
		expect(needsOf(GATE, [undefined, undefined]).needsDecision).toBe(false);
		expect(needsOf(GATE, [lvl(4), undefined]).needsDecision).toBe(false);
	});

	it('says why in words', () => {
		expect(decisionCauses(needsOf(GATE, [lvl(4), lvl(1)]), GATE)).toEqual([
			'nilai anggota berselisih 2 level atau lebih',
			'ada anggota yang memberi nilai di bawah syarat minimum (level 3)'
		]);
	});
});

describe('a value below a minimum is marked', () => {
	it('names what happens to the grade', () => {
		expect(belowMinimumWarning(GATE, '2')).toBe(
			'Di bawah syarat minimum (level 3): peringkat menjadi Tidak Terakreditasi.'
		);
		expect(belowMinimumWarning(CRITICAL, '1')).toBe(
			'Di bawah syarat minimum (level 2): peringkat paling tinggi C (Cukup).'
		);
		expect(belowMinimumWarning(SAFEGUARDING, '0')).toMatch(
			/^Di bawah batas perlindungan klien \(level 3\): peringkat menjadi Tidak Terakreditasi/
		);
	});

	it('the minimum itself, N/A, an empty choice and indicators without one are not marked', () => {
		for (const v of ['3', '4', 'na', '']) expect(belowMinimumWarning(GATE, v)).toBeNull();
		expect(belowMinimumWarning(null, '0')).toBeNull();
	});

	it('refusals name how many and which', () => {
		expect(missingDecisionMessage(['KEL-01', 'KEL-02'], 'submit')).toBe(
			'2 butir masih perlu keputusan ketua tim dengan alasan di halaman konsolidasi: KEL-01, KEL-02.'
		);
		expect(missingDecisionMessage(['KEL-02'], 'save')).toContain('KEL-02');
	});
});
