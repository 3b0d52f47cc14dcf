/**
 * Level descriptors that build on a lower level ("Level 3 terpenuhi, …") say nothing on their own
 * to a reader who has not seen level 3: the chain spells out every level they rest on.
 */

const BUILDS_ON = /^\s*level\s+(\d+)\s+terpenuhi\b/i;

export interface DescriptorLine {
	readonly level: number;
	readonly text: string;
}

/**
 * The descriptor of `level`, followed by the descriptor of each lower level it names as already
 * met, down the chain; a reference upwards, to itself or to a missing level stops the chain.
 * @example descriptorChain(['tidak ada', 'ada', 'ada dan dipakai'], 2) // one line: nothing cited
 * descriptorChain(['—', 'SOP ada', 'Level 1 terpenuhi, dan dilatih'], 2)
 * // [{ level: 2, text: 'Level 1 terpenuhi, dan dilatih' }, { level: 1, text: 'SOP ada' }]
 */
export function descriptorChain(levels: readonly string[], level: number): DescriptorLine[] {
	const lines: DescriptorLine[] = [];
	let at = level;
	while (at >= 0 && at < levels.length) {
		const text = levels[at]!;
		lines.push({ level: at, text });
		const cited = BUILDS_ON.exec(text);
		const next = cited ? Number(cited[1]) : -1;
		if (next >= at) break;
		at = next;
	}
	return lines;
}
