import { describe, expect, it } from 'vitest';
import { match } from './id';

describe('the [id=id] route matcher', () => {
	it.each([
		['17', true],
		['abc', false],
		['0', false],
		['1e3', false]
	])('%j matches: %j', (input, expected) => {
		expect(match(input)).toBe(expected);
	});
});
