/** Random sheets of the fixture instrument (engine-fixture.ts) for property tests. */
import fc from 'fast-check';

export const FIXTURE_CODES = ['UA-01', 'UA-02', 'UB-01', 'KA-01', 'KA-02'] as const;
const entry = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant('na' as const));

/** A level 0–4 or N/A for every indicator of the fixture; feed it to `sheetOf`. */
export const fixtureSheetArb = fc.record(
	Object.fromEntries(FIXTURE_CODES.map((c) => [c, entry])) as Record<
		(typeof FIXTURE_CODES)[number],
		typeof entry
	>
);
