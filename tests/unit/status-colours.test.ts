/**
 * One colour per accreditation status (issue 18): the badge and the dashboard bar of a status
 * use the same CSS variable, and no two statuses share a colour.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACCREDITATION_STATUSES } from '$lib/domain/assessment/accreditation';
import { renderBarChart } from '$lib/domain/chart/aspect-bars';
import { statusFill } from '$lib/domain/chart/status-colours';

const css = readFileSync('src/app.css', 'utf8');
const variable = (name: string) =>
	new RegExp(`--${name}:\\s*(#[0-9a-f]{6});`, 'i').exec(css)?.[1]?.toLowerCase();

describe('status colours', () => {
	it('gives every status its own colour, defined once in app.css', () => {
		const colours = ACCREDITATION_STATUSES.map((s) => variable(`status-${s}`));
		expect(colours.every(Boolean)).toBe(true);
		expect(new Set(colours).size).toBe(ACCREDITATION_STATUSES.length);
	});

	it('paints each badge with its status variable', () => {
		for (const s of ACCREDITATION_STATUSES)
			expect(css).toMatch(new RegExp(`\\.badge\\.${s} \\{\\s*--status: var\\(--status-${s}\\);`));
	});

	it('fills a status bar with that same variable, and a score bar by its band', () => {
		const svg = renderBarChart([
			{ label: 'A (Baik Sekali)', value: 20, fill: statusFill('A') },
			{ label: 'Kelembagaan', value: 20 }
		]);
		expect(svg).toContain('style="fill:var(--status-A)"');
		expect(svg).toContain('fill="#b54708"');
	});
});
