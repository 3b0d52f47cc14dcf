import { describe, expect, it } from 'vitest';
import {
	filterPlanActions,
	NO_OWNER,
	ownerOptions,
	parsePlanFilter,
	planFilterQuery
} from './filter';

const actions = [
	{ id: 1, status: 'belum', horizon: 'short', owner: '' },
	{ id: 2, status: 'proses', horizon: 'short', owner: 'Bu Ani' },
	{ id: 3, status: 'belum', horizon: 'medium', owner: 'Pak Budi' },
	{ id: 4, status: 'selesai', horizon: 'long', owner: 'Bu Ani' }
] as const;

describe('plan filter', () => {
	it('reads known values from the URL and drops the rest', () => {
		expect(parsePlanFilter(new URLSearchParams('status=belum&jangka=kuno&pj=%20'))).toEqual({
			status: 'belum'
		});
		expect(parsePlanFilter(new URLSearchParams('jangka=long&pj=Bu+Ani'))).toEqual({
			jangka: 'long',
			pj: 'Bu Ani'
		});
	});

	it('writes the query back in a fixed order, and nothing for no filter', () => {
		expect(planFilterQuery({ pj: 'Bu Ani', status: 'proses' })).toBe('status=proses&pj=Bu+Ani');
		expect(planFilterQuery({})).toBe('');
	});

	it.each([
		[{}, [1, 2, 3, 4]],
		[{ status: 'belum' }, [1, 3]],
		[{ jangka: 'short' }, [1, 2]],
		[{ pj: 'Bu Ani' }, [2, 4]],
		[{ pj: NO_OWNER }, [1]],
		[{ status: 'belum', pj: 'Bu Ani' }, []]
	] as const)('%j keeps %j', (filter, ids) => {
		expect(filterPlanActions(actions, filter).map((a) => a.id)).toEqual(ids);
	});

	it('lists each owner once, alphabetically, with a count, the unassigned left out', () => {
		expect(ownerOptions(actions)).toEqual([
			{ owner: 'Bu Ani', count: 2 },
			{ owner: 'Pak Budi', count: 1 }
		]);
	});
});
