/**
 * A hand-computed regional gap analysis on the tiny engine fixture, for the tests of its PDF.
 */
import type { PantiGaps } from '$lib/domain/region-gap/rollup';
import { rollUp } from '$lib/domain/region-gap/rollup';
import type { RegionGapView } from '$lib/domain/region-gap/view';
import { form } from './engine-fixture';

// Three panti on the fixture instrument (expected level 4): UB-01 short in two (gaps 1 and 2),
// UA-01 short in two, KA-02 (dimension SDM, a long-term action for keluarga klien) in one.
export const REGION: PantiGaps[] = [
	{
		pantiId: 1,
		entries: [
			{ code: 'UA-01', level: 2, points: 5.25 },
			{ code: 'UB-01', level: 3, points: 3 },
			{ code: 'KA-02', level: 1, points: 4 }
		]
	},
	{
		pantiId: 2,
		entries: [
			{ code: 'UA-01', level: 2, points: 6 },
			{ code: 'UB-01', level: 4, points: 0 },
			{ code: 'KA-02', level: 4, points: 0 }
		]
	},
	{
		pantiId: 3,
		entries: [
			{ code: 'UA-01', level: 4, points: 0 },
			{ code: 'UB-01', level: 2, points: 9.5 }
		]
	}
];

export function regionView(panti: readonly PantiGaps[] = REGION): RegionGapView {
	return {
		scopeLabel: 'Kabupaten Kutai Timur, Kalimantan Timur',
		regionCode: '64.08',
		type: 'anak',
		typeLabel: 'Anak',
		instrumentVersionId: 1,
		instrumentLabel: 'Instrumen uji 1.0.0',
		zone: 'WITA',
		gaps: rollUp(form, panti)
	};
}
