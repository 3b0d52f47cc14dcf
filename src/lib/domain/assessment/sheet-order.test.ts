import { describe, expect, it } from 'vitest';
import { aspectProgress, nextUnanswered } from './sheet-order';

const sheet = ['KEL-01', 'KEL-02', 'KEL-03', 'SDM-01', 'SDM-02'];
const done =
	(...codes: string[]) =>
	(code: string) =>
		codes.includes(code);

describe('nextUnanswered', () => {
	it.each([
		['nothing answered, no position: the first', [], undefined, 'KEL-01'],
		['from the start: the first gap', ['KEL-01', 'KEL-02'], null, 'KEL-03'],
		['after the one just scored', ['KEL-01'], 'KEL-01', 'KEL-02'],
		['skips answered ones ahead', ['KEL-01', 'KEL-02', 'KEL-03'], 'KEL-01', 'SDM-01'],
		[
			'passes a skipped one behind, meets it after the end',
			['SDM-01', 'SDM-02'],
			'KEL-02',
			'KEL-03'
		],
		['wraps round to a skipped one', ['KEL-02', 'KEL-03', 'SDM-01', 'SDM-02'], 'SDM-01', 'KEL-01'],
		['the current one comes last', ['KEL-01', 'KEL-03', 'SDM-01', 'SDM-02'], 'KEL-02', 'KEL-02'],
		['unknown position: from the start', ['KEL-01'], 'XXX-99', 'KEL-02'],
		['all answered: none', sheet, 'KEL-02', null]
	] as const)('%s', (_, answered, from, expected) => {
		expect(nextUnanswered(sheet, done(...answered), from)).toBe(expected);
	});

	it('an empty sheet has nothing next', () => {
		expect(nextUnanswered([], () => false, 'KEL-01')).toBeNull();
	});
});

describe('aspectProgress', () => {
	const aspects = [
		['KEL-01', 'KEL-02', 'KEL-03'],
		['SDM-01', 'SDM-02']
	];
	it.each([
		['none answered', [], [0, 0]],
		['part of the first', ['KEL-02'], [1, 0]],
		['the first complete', ['KEL-01', 'KEL-02', 'KEL-03'], [3, 0]],
		['all', sheet, [3, 2]]
	] as const)('%s', (_, answered, counts) => {
		expect(aspectProgress(aspects, done(...answered))).toEqual([
			{ done: counts[0], total: 3, complete: counts[0] === 3 },
			{ done: counts[1], total: 2, complete: counts[1] === 2 }
		]);
	});
});
