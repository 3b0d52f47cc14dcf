import { describe, expect, it } from 'vitest';
import { analyseGaps } from './gap';
import { filterMatrix, resultMatrix } from './matrix';
import { scoreSheet } from './scoring';
import { form, sheetOf } from '../../../../tests/support/engine-fixture';

// UA-02 N/A; UB-01 is the gated (critical) indicator; KA-01 and KA-02 at the top.
const sheet = sheetOf({ 'UA-01': 1, 'UA-02': 'na', 'UB-01': 2, 'KA-01': 4, 'KA-02': 4 });
const rows = resultMatrix(form, sheet, analyseGaps(form, sheet, scoreSheet(form, sheet)));

describe('resultMatrix', () => {
	it('lists every scored indicator, gaps first by priority (the failed gate leads), N/A left out', () => {
		expect(rows.map((r) => r.code)).toEqual(['UB-01', 'UA-01', 'KA-01', 'KA-02']);
		// A step is worth 6.25 on UB-01 and, with UA-02 N/A, on UA-01 too (all of UA): 2 and 3 steps.
		expect(rows.map((r) => r.points)).toEqual([12.5, 18.75, 0, 0]);
		expect(rows[0]).toMatchObject({ critical: true, gateFailed: true, current: 2, expected: 4 });
		expect(rows[0]!.expectedText).toEqual([{ level: 4, text: 'empat langkah' }]);
	});
});

describe('filterMatrix', () => {
	it.each([
		['kurang', '', ['UB-01', 'UA-01']],
		['kritis', '', ['UB-01']],
		['semua', '', ['UB-01', 'UA-01', 'KA-01', 'KA-02']],
		['semua', 'khusus:KA', ['KA-01', 'KA-02']],
		['kurang', 'khusus:KA', []]
	] as const)('view %s, aspect "%s" → %j', (view, aspect, codes) => {
		expect(filterMatrix(rows, { view, aspect }).map((r) => r.code)).toEqual(codes);
	});

	it("narrows by the primary recommendation's stakeholder and horizon too", () => {
		// KA-02's only recommendation is for the client's family, long term (fixture).
		const family = filterMatrix(rows, { view: 'semua', aspect: '', stakeholder: 'keluarga-klien' });
		expect(family.map((r) => r.code)).toEqual(['KA-02']);
		expect(filterMatrix(rows, { view: 'semua', aspect: '', horizon: 'long' })).toEqual(family);
		expect(filterMatrix(rows, { view: 'kurang', aspect: '', dimension: 'sdm' })).toEqual([]);
	});
});
