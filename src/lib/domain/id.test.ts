import { describe, expect, it } from 'vitest';
import { parseId } from './id';

describe('parseId', () => {
	it.each([
		['1', 1],
		['42', 42],
		['9999999999', 9999999999]
	])('reads %j as %j', (input, expected) => {
		expect(parseId(input)).toBe(expected);
	});

	it.each(['', '0', '007', '-1', '+1', '1.0', '1e3', ' 5', '5 ', 'abc', '12345678901', null, 5])(
		'refuses %j',
		(input) => {
			expect(parseId(input)).toBeNull();
		}
	);
});
