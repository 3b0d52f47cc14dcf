import { describe, expect, it } from 'vitest';
import { latestAccreditation } from './accreditation';

describe('latestAccreditation', () => {
	const v = (id: number, revokedAt: string | null = null) => ({ id, revokedAt });
	it.each([
		['no visits', [], null],
		['the newest of several', [v(1), v(2), v(3)], 3],
		['skips a revoked newest', [v(1), v(2), v(3, '2026-05-01')], 2],
		['none when all are revoked', [v(1, '2026-01-01'), v(2, '2026-02-01')], null]
	])('%s', (_, history, expected) => {
		expect(latestAccreditation(history)?.id ?? null).toBe(expected);
	});
});
