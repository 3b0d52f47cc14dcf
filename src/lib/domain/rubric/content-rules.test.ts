import { describe, expect, it } from 'vitest';
import { umum } from '../../../../tests/support/engine-fixture';
import { checkRubricContent } from './content-rules';
import type { Rubric } from './schema';

/** The fixture's UA-01 with another dimension and recommendations. */
function withUa01(dimension: string, stakeholders: readonly string[]): Rubric {
	const [ua, ...rest] = umum.aspects;
	const [first, ...others] = ua!.indicators;
	return {
		...umum,
		aspects: [
			{
				...ua!,
				indicators: [
					{
						...first!,
						dimension,
						recommendations: stakeholders.map((stakeholder) => ({
							action: 'Tindakan.',
							horizon: 'medium',
							stakeholder
						}))
					} as Rubric['aspects'][number]['indicators'][number],
					...others
				]
			},
			...rest
		]
	};
}

describe('dimension kebijakan (government policy, seed 002)', () => {
	it("refuses the panti's own papers tagged kebijakan", () => {
		expect(checkRubricContent(withUa01('kebijakan', ['pengelola-panti']))).toEqual([
			{
				path: ['aspects', 0, 'indicators', 0, 'dimension'],
				message: expect.stringMatching(/^dimensi kebijakan berarti kebijakan pemerintah/)
			}
		]);
	});

	it('accepts a policy recommended to a government body or partner', () => {
		expect(checkRubricContent(withUa01('kebijakan', ['pengelola-panti', 'dprd']))).toEqual([]);
		expect(checkRubricContent(withUa01('administrasi', ['pengelola-panti']))).toEqual([]);
	});
});
