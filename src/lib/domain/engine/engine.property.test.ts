import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CODES, fixtureSheetArb } from '../../../../tests/support/engine-arbitraries';
import { rubricSchema } from '../rubric/schema';
import { resolveInstrument } from './resolve';
import { instrument, khusus, sheetOf, umum, form } from '../../../../tests/support/engine-fixture';
import { scoreSheet } from './scoring';

const codes = FIXTURE_CODES;
const sheetArb = fixtureSheetArb;

describe('scoring properties', () => {
	it('the total stays within 0–100', () => {
		fc.assert(
			fc.property(sheetArb, (levels) => {
				const t = scoreSheet(form, sheetOf(levels)).total;
				return t === null || (t >= 0 && t <= 100);
			})
		);
		expect(true).toBe(true);
	});

	it('never decreases when one level rises', () => {
		fc.assert(
			fc.property(sheetArb, fc.constantFrom(...codes), (levels, code) => {
				const before = levels[code];
				if (before === 'na' || before === 4) return true;
				const a = scoreSheet(form, sheetOf(levels)).rawTotal ?? 0;
				const b = scoreSheet(form, sheetOf({ ...levels, [code]: before + 1 })).rawTotal ?? 0;
				return b >= a - 1e-9;
			})
		);
		expect(true).toBe(true);
	});

	it('ignores the order of aspects and indicators', () => {
		const shuffled = (seed: number) => {
			const rnd = (n: number) => (seed = (seed * 9301 + 49297) % 233280) % n;
			const shuffle = <T>(xs: T[]) =>
				xs
					.map((x) => [rnd(1000), x] as const)
					.sort((a, b) => a[0] - b[0])
					.map(([, x]) => x);
			const u = rubricSchema.parse({
				...umum,
				aspects: shuffle(
					umum.aspects.map((a) => ({ ...a, indicators: shuffle([...a.indicators]) }))
				)
			});
			return resolveInstrument(instrument, u, khusus);
		};
		fc.assert(
			fc.property(sheetArb, fc.integer({ min: 1, max: 10000 }), (levels, seed) => {
				const a = scoreSheet(form, sheetOf(levels)).total;
				const b = scoreSheet(shuffled(seed), sheetOf(levels)).total;
				return a === b;
			})
		);
		expect(true).toBe(true);
	});
});
