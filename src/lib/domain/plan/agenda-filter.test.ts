import { describe, expect, it } from 'vitest';
import {
	agendaFilterQuery,
	filterAgendaActions,
	parseAgendaFilter,
	sortAgenda
} from './agenda-filter';

const actions = [
	{
		id: 1,
		status: 'belum',
		stakeholder: 'dprd',
		horizon: 'long',
		overdue: false,
		dueDate: '2030-01-01',
		searchText: 'BL-22 Susun Perda LKSA Harapan'
	},
	{
		id: 2,
		status: 'proses',
		stakeholder: 'dinas-sosial',
		horizon: 'short',
		overdue: true,
		dueDate: '2025-01-01',
		searchText: 'KL-01 Latih pengasuh PSTW Mekar'
	},
	{
		id: 3,
		status: 'selesai',
		stakeholder: 'dinas-sosial',
		horizon: 'short',
		overdue: false,
		dueDate: '2024-01-01',
		searchText: 'KL-02 Bimbingan teknis LKSA Harapan'
	},
	{
		id: 4,
		status: 'belum',
		stakeholder: 'kemensos',
		horizon: 'medium',
		overdue: false,
		dueDate: null,
		searchText: 'PL-03 Pedoman nasional'
	}
] as const;

describe('agenda filter', () => {
	it('reads known values from the URL and drops the rest', () => {
		expect(
			parseAgendaFilter(
				new URLSearchParams('status=batal&pihak=dprd&jangka=kuno&terlambat=2&cari=')
			)
		).toEqual({ pihak: 'dprd' });
		expect(parseAgendaFilter(new URLSearchParams('terlambat=1&cari=%20perda%20'))).toEqual({
			terlambat: '1',
			cari: 'perda'
		});
	});

	it('writes the query back in a fixed order, and nothing for no filter', () => {
		expect(agendaFilterQuery({ cari: 'perda daerah', status: 'belum', pihak: 'dprd' })).toBe(
			'status=belum&pihak=dprd&cari=perda+daerah'
		);
		expect(agendaFilterQuery({})).toBe('');
	});

	it.each([
		[{}, [1, 2, 3, 4]],
		[{ status: 'belum' }, [1, 4]],
		[{ pihak: 'dinas-sosial' }, [2, 3]],
		[{ jangka: 'short', status: 'selesai' }, [3]],
		[{ terlambat: '1' }, [2]],
		// Case does not matter; a panti's name finds the actions that serve it.
		[{ cari: 'lksa harapan' }, [1, 3]],
		[{ cari: 'tidak ada' }, []]
	] as const)('%j keeps %j', (filter, ids) => {
		expect(filterAgendaActions(actions, filter).map((a) => a.id)).toEqual(ids);
	});
});

describe('agenda order', () => {
	it('puts overdue first, then open actions by due date (none last), then finished ones', () => {
		expect(sortAgenda(actions).map((a) => a.id)).toEqual([2, 1, 4, 3]);
	});
});
