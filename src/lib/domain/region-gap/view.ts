/**
 * What the regional gap analysis shows (issue 17), shared by its page, its PDF and its CSV so the
 * three never disagree: the scope and filters in words, and the roll-up itself.
 */
import type { PantiType } from '../panti/types';
import type { Zone } from '../time-zone';
import type { RegionalGaps } from './rollup';

export interface RegionGapView {
	/** In words: "Kabupaten Kutai Timur, Kalimantan Timur", "Provinsi Kalimantan Timur", "Nasional". */
	readonly scopeLabel: string;
	/** The province or kab/kota analysed; null for the whole national scope. */
	readonly regionCode: string | null;
	readonly type: PantiType;
	readonly typeLabel: string;
	readonly instrumentVersionId: number;
	/** E.g. "Instrumen Akreditasi Panti Sosial 3.0.0". */
	readonly instrumentLabel: string;
	/** The zone dates are shown in: the region's (WIB for the national scope). */
	readonly zone: Zone;
	readonly gaps: RegionalGaps;
}
