import { describe, expect, it } from 'vitest';
import { dimensionPointBars, mostCommonGapBars } from './charts';
import type { IndicatorRollup, RegionalGaps } from './rollup';

const indicator = (
	code: string,
	dimension: IndicatorRollup['dimension'],
	short: number,
	assessed: number,
	pointsAtStake: number
): IndicatorRollup => ({
	code,
	title: `Butir ${code}`,
	aspectTitle: 'Aspek',
	dimension,
	expected: 3,
	expectedDescriptor: '',
	assessed,
	short,
	meanGap: 1,
	pointsAtStake,
	found: []
});

// Four panti; sorted most short first, as the roll-up gives them.
const gaps: RegionalGaps = {
	panti: 4,
	indicators: [
		indicator('A-01', 'program', 3, 4, 6),
		indicator('A-02', 'sdm', 2, 3, 2),
		indicator('A-03', 'program', 1, 4, 4)
	],
	matrix: []
};

describe('mostCommonGapBars', () => {
	it('gives the first indicators as the share of panti that scored them and fall short', () => {
		expect(mostCommonGapBars(gaps, 2, '#123')).toEqual([
			{ label: 'A-01 Butir A-01', value: 75, fill: '#123' },
			{ label: 'A-02 Butir A-02', value: 66.7, fill: '#123' }
		]);
	});
});

describe('dimensionPointBars', () => {
	it('gives every dimension its points at stake per panti in scope', () => {
		expect(dimensionPointBars(gaps).map((b) => [b.label, b.value])).toEqual([
			['Program', 2.5],
			['SDM', 0.5],
			['Sarana-prasarana', 0],
			['Administrasi', 0],
			['Kebijakan', 0]
		]);
	});

	it('draws no bar when no panti is in scope', () => {
		expect(dimensionPointBars({ panti: 0, indicators: [], matrix: [] })[0]!.value).toBeNull();
	});
});
