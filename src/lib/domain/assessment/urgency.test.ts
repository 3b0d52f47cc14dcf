import { describe, expect, it } from 'vitest';
import { urgencyOrder, urgencyRank } from './urgency';

describe('urgencyOrder', () => {
	it.each([
		['admin', ['returned', 'submitted', 'in_progress', 'draft', 'finalized']],
		['dinas', ['returned', 'submitted', 'in_progress', 'draft', 'finalized']],
		['asesor', ['returned', 'in_progress', 'draft', 'submitted', 'finalized']],
		['panti', ['returned', 'in_progress', 'draft', 'submitted', 'finalized']]
	] as const)('%s: %j', (role, order) => {
		expect(urgencyOrder(role)).toEqual(order);
	});

	it('ranks a returned sheet first and a finalized one last for everyone', () => {
		for (const role of ['admin', 'dinas', 'asesor', 'panti'] as const) {
			expect(urgencyRank(role, 'returned')).toBe(0);
			expect(urgencyRank(role, 'finalized')).toBe(4);
		}
	});
});
