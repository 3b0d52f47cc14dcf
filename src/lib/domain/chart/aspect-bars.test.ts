import { describe, expect, it } from 'vitest';
import { renderBarChart } from './aspect-bars';

describe('bar chart', () => {
	it('draws one bar per aspect, proportional to its value, with escaped labels', () => {
		const svg = renderBarChart(
			[
				{ label: 'Kelembagaan & <legalitas>', value: 50 },
				{ label: 'SDM', value: null }
			],
			{ width: 600 }
		);
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).toContain('Kelembagaan &#38; &#60;legalitas&#62;');
		expect(svg).toContain('50,0%');
		expect(svg).toContain('—');
		// 600 wide: label 228, value 56, plot 308 → 50 % is 154 wide
		expect(svg).toContain('width="154.0"');
		expect(svg.match(/<rect/g)).toHaveLength(3); // two tracks, one bar (null draws none)
	});
});
