import { describe, expect, it } from 'vitest';
import { descriptorChain } from './descriptor';

const levels = [
	'Tidak ada SOP.',
	'SOP ada tetapi belum tertulis.',
	'SOP tertulis dan disahkan.',
	'Level 2 terpenuhi, dan seluruh petugas dilatih.',
	'Level 3 terpenuhi, dan SOP ditinjau setiap tahun.'
];

describe('descriptorChain', () => {
	it('returns a self-contained descriptor alone', () => {
		expect(descriptorChain(levels, 2)).toEqual([{ level: 2, text: 'SOP tertulis dan disahkan.' }]);
	});

	it('follows "Level n terpenuhi" down to the level that says it in full', () => {
		expect(descriptorChain(levels, 4).map((l) => l.level)).toEqual([4, 3, 2]);
		expect(descriptorChain(levels, 4)[2]!.text).toBe('SOP tertulis dan disahkan.');
	});

	it('stops on a reference to itself, upwards or outside the scale', () => {
		expect(descriptorChain(['a', 'Level 1 terpenuhi, b'], 1)).toHaveLength(1);
		expect(descriptorChain(['Level 1 terpenuhi', 'b'], 0)).toHaveLength(1);
		expect(descriptorChain(['a', 'Level 9 terpenuhi'], 1)).toHaveLength(1);
		expect(descriptorChain(levels, 7)).toEqual([]);
	});
});
