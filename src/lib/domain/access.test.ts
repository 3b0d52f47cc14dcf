import { describe, expect, it } from 'vitest';
import { canManagePantiIn, canViewPanti, homePath, regionWithin, type Actor } from './access';

const dinasKaltim: Actor = { id: 1, role: 'dinas', regionCode: '64', pantiId: null };
const dinasKutim: Actor = { id: 2, role: 'dinas', regionCode: '64.08', pantiId: null };
const head: Actor = { id: 3, role: 'panti', regionCode: null, pantiId: 10 };
const admin: Actor = { id: 4, role: 'admin', regionCode: null, pantiId: null };
const asesor: Actor = { id: 5, role: 'asesor', regionCode: null, pantiId: null };

describe('regionWithin', () => {
	it.each([
		['64.08', '64', true],
		['64.08', '64.08', true],
		['64.09', '64.08', false],
		['63.71', '64', false],
		// A province code that is a textual prefix of another must not match it.
		['64.08', '6', false]
	])('%s within %s → %s', (region, scope, expected) => {
		expect(regionWithin(region, scope)).toBe(expected);
	});
});

describe('canViewPanti', () => {
	const kutimPanti = { id: 10, regionCode: '64.08' };
	const samarindaPanti = { id: 11, regionCode: '64.72' };
	const banjarmasinPanti = { id: 12, regionCode: '63.71' };
	it.each([
		['province dinas sees its kab/kota', dinasKaltim, kutimPanti, true],
		['province dinas sees another kab/kota of its province', dinasKaltim, samarindaPanti, true],
		['province dinas does not see another province', dinasKaltim, banjarmasinPanti, false],
		['kab/kota dinas sees its own', dinasKutim, kutimPanti, true],
		['kab/kota dinas does not see its neighbour', dinasKutim, samarindaPanti, false],
		['panti head sees their panti', head, kutimPanti, true],
		['panti head does not see another panti', head, samarindaPanti, false],
		['admin sees everything', admin, banjarmasinPanti, true],
		['asesor sees nothing unassigned', asesor, kutimPanti, false]
	])('%s', (_label, actor, panti, expected) => {
		expect(canViewPanti(actor, panti)).toBe(expected);
	});
	it('asesor sees panti they are assigned to', () => {
		expect(canViewPanti(asesor, kutimPanti, new Set([10]))).toBe(true);
	});
});

describe('canManagePantiIn / homePath', () => {
	it('only admin and in-scope dinas manage panti', () => {
		expect(canManagePantiIn(admin, '63.71')).toBe(true);
		expect(canManagePantiIn(dinasKaltim, '64.72')).toBe(true);
		expect(canManagePantiIn(dinasKutim, '64.72')).toBe(false);
		expect(canManagePantiIn(head, '64.08')).toBe(false);
		expect(canManagePantiIn(asesor, '64.08')).toBe(false);
	});
	it('lands each role on its home', () => {
		expect(homePath(admin)).toBe('/admin/pengguna');
		expect(homePath(dinasKutim)).toBe('/panti');
		expect(homePath(asesor)).toBe('/penilaian');
		expect(homePath(head)).toBe('/beranda');
		expect(homePath({ ...head, pantiId: null })).toBe('/akun');
	});
});
