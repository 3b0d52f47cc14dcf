/**
 * The one chart renderer: horizontal bars of aspect scores as a standalone SVG string, used by the
 * results page and (later) embedded in PDFs. Pure: data in, markup out; text is escaped.
 */
export interface Bar {
	readonly label: string;
	/** 0–100, or null for an aspect with nothing scored (drawn as "—"). */
	readonly value: number | null;
	/** Optional reference mark (e.g. previous assessment or regional median), 0–100. */
	readonly reference?: number | null;
	/**
	 * The bar's own fill, a CSS colour (e.g. `var(--status-A)`, see status-colours.ts) when the
	 * bar stands for a status; without it the colour follows the score band.
	 */
	readonly fill?: string;
}

export interface BarChartOptions {
	readonly width?: number;
	readonly barHeight?: number;
	readonly title?: string;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const fmt = (v: number) => v.toFixed(1).replace('.', ',');

/** Colour by band: ≥ 66 green, ≥ 33 blue, below amber (same thresholds as the grade bands). */
function colour(v: number): string {
	return v > 66 ? '#1f7a3a' : v >= 33 ? '#175cd3' : '#b54708';
}

/** @example renderBarChart([{ label: 'Kelembagaan', value: 75 }]) // '<svg …>' */
export function renderBarChart(bars: readonly Bar[], options: BarChartOptions = {}): string {
	const width = options.width ?? 640;
	const barH = options.barHeight ?? 22;
	const labelW = Math.round(width * 0.38);
	const valueW = 56;
	const plotW = width - labelW - valueW - 8;
	const rowH = barH + 12;
	const top = options.title ? 28 : 8;
	const height = top + bars.length * rowH + 22;
	const x = (v: number) => labelW + (plotW * Math.max(0, Math.min(100, v))) / 100;
	// ~7 px per character at 13 px: shorten labels that would run off the left edge.
	const maxChars = Math.floor((labelW - 12) / 7);
	const fit = (s: string) => (s.length > maxChars ? s.slice(0, maxChars - 1).trimEnd() + '…' : s);
	const rows = bars
		.map((b, i) => {
			const y = top + i * rowH;
			const label = `<text x="${labelW - 8}" y="${y + barH / 2 + 5}" text-anchor="end" font-size="13" fill="#1d2626"><title>${esc(b.label)}</title>${esc(fit(b.label))}</text>`;
			const track = `<rect x="${labelW}" y="${y}" width="${plotW}" height="${barH}" rx="3" fill="#eef2f2"/>`;
			const bar =
				b.value === null
					? ''
					: `<rect x="${labelW}" y="${y}" width="${(x(b.value) - labelW).toFixed(1)}" height="${barH}" rx="3" ${b.fill ? `style="fill:${esc(b.fill)}"` : `fill="${colour(b.value)}"`}/>`;
			const ref =
				b.reference === undefined || b.reference === null
					? ''
					: `<line x1="${x(b.reference).toFixed(1)}" x2="${x(b.reference).toFixed(1)}" y1="${y - 3}" y2="${y + barH + 3}" stroke="#1d2626" stroke-width="2" stroke-dasharray="3 2"/>`;
			const value = `<text x="${width - valueW + 4}" y="${y + barH / 2 + 5}" font-size="13" font-weight="700" fill="#1d2626">${b.value === null ? '—' : fmt(b.value) + '%'}</text>`;
			return label + track + bar + ref + value;
		})
		.join('');
	const axisY = top + bars.length * rowH + 4;
	const ticks = [0, 33, 66, 100]
		.map(
			(t) =>
				`<line x1="${x(t)}" x2="${x(t)}" y1="${top - 4}" y2="${axisY}" stroke="#c5cfcf" stroke-width="1"/><text x="${x(t)}" y="${axisY + 14}" font-size="11" text-anchor="middle" fill="#5b6b6b">${t}%</text>`
		)
		.join('');
	const title = options.title
		? `<text x="0" y="16" font-size="14" font-weight="700" fill="#1d2626">${esc(options.title)}</text>`
		: '';
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(options.title ?? 'Nilai per aspek')}" font-family="Helvetica, Arial, sans-serif">${title}${ticks}${rows}</svg>`;
}
