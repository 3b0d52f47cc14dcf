import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureSheetArb } from '../../../../tests/support/engine-arbitraries';
import { form, sheetOf } from '../../../../tests/support/engine-fixture';
import { batchForm, decodeSheet, encodeSheet, gradeLevels, NA_LEVEL, scoreLevels } from './batch';
import { gradeOf } from './grading';
import { round2 } from '../round';
import { scoreSheet } from './scoring';

const sheetArb = fixtureSheetArb;

describe('batch engine', () => {
	it('encodes a sheet in a byte per indicator and back', () => {
		const sheet = sheetOf({ 'UA-01': 2, 'UA-02': 'na', 'UB-01': 4, 'KA-01': 0, 'KA-02': 3 });
		const bytes = encodeSheet(form, sheet);
		expect([...bytes]).toEqual([2, NA_LEVEL, 4, 0, 3]);
		expect(decodeSheet(form, bytes)).toEqual(sheet);
	});

	it('scores, weighs each level step and grades exactly as scoreSheet and gradeOf', () => {
		const bf = batchForm(form);
		const step = new Float64Array(bf.n);
		fc.assert(
			fc.property(sheetArb, (levels) => {
				const sheet = sheetOf(levels);
				const expected = scoreSheet(form, sheet);
				const bytes = encodeSheet(form, sheet);
				const raw = scoreLevels(bf, bytes, undefined, step);
				expect(raw).toBe(expected.rawTotal);
				expect([...step]).toEqual([...expected.stepValue]);
				if (raw !== null)
					expect(gradeLevels(bf, bytes, raw)).toBe(gradeOf(form, round2(raw), sheet).grade);
			})
		);
	});
});
