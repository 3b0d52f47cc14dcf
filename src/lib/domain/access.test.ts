import { describe, expect, it } from 'vitest';
import {
	agendaRights,
	assessmentInScope,
	canManagePantiIn,
	canViewPanti,
	homePath,
	mayEditPlan,
	mayReview,
	regionWithin,
	type Actor
} from './access';

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

describe('mayEditPlan', () => {
	const target = { pantiId: 7, regionCode: '64.08' };
	it.each([
		['admin', { id: 1, role: 'admin', regionCode: null, pantiId: null }, true],
		['province dinas', { id: 2, role: 'dinas', regionCode: '64', pantiId: null }, true],
		['kab/kota dinas', { id: 3, role: 'dinas', regionCode: '64.08', pantiId: null }, true],
		['neighbouring dinas', { id: 4, role: 'dinas', regionCode: '64.72', pantiId: null }, false],
		['own head', { id: 5, role: 'panti', regionCode: null, pantiId: 7 }, true],
		['other head', { id: 6, role: 'panti', regionCode: null, pantiId: 8 }, false],
		['asesor', { id: 7, role: 'asesor', regionCode: null, pantiId: null }, false]
	] as const)('%s → %s', (_label, actor, expected) => {
		expect(mayEditPlan(actor, target)).toBe(expected);
	});
});

describe('agendaRights', () => {
	const kalsel: Actor = { id: 6, role: 'dinas', regionCode: '63', pantiId: null };
	it.each([
		['kab/kota dinas, its own agenda', dinasKutim, '64.08', true, true],
		['kab/kota dinas, its province', dinasKutim, '64', false, false],
		['kab/kota dinas, a neighbour', dinasKutim, '64.72', false, false],
		['kab/kota dinas, national', dinasKutim, '', false, false],
		['province dinas, its own agenda', dinasKaltim, '64', true, true],
		['province dinas, one of its kab/kota (follows, read-only)', dinasKaltim, '64.08', false, true],
		['province dinas, national', dinasKaltim, '', false, false],
		['another province', kalsel, '64.08', false, false],
		['admin, national', admin, '', true, true],
		['admin, a kab/kota (read-only)', admin, '64.08', false, true],
		['panti head', head, '64.08', false, false],
		['asesor', asesor, '', false, false]
	] as const)('%s → edit %s, read %s', (_label, actor, scope, edit, read) => {
		expect(agendaRights(actor, scope)).toEqual({ read, edit });
	});
});

describe('assessmentInScope and mayReview', () => {
	const visit = { pantiId: 7, regionCode: '64.08', kind: 'visit' } as const;
	const self = { ...visit, kind: 'self' } as const;
	it.each([
		// actor, on the team, sees it, reviews the visit, reviews the self-assessment
		['admin', { id: 1, role: 'admin', regionCode: null, pantiId: null }, false, true, true],
		[
			'province dinas',
			{ id: 2, role: 'dinas', regionCode: '64', pantiId: null },
			false,
			true,
			true
		],
		['other dinas', { id: 3, role: 'dinas', regionCode: '63', pantiId: null }, false, false, false],
		['own head', { id: 4, role: 'panti', regionCode: null, pantiId: 7 }, false, true, false],
		['other head', { id: 5, role: 'panti', regionCode: null, pantiId: 8 }, false, false, false],
		[
			'asesor on the team',
			{ id: 6, role: 'asesor', regionCode: null, pantiId: null },
			true,
			true,
			false
		],
		[
			'asesor elsewhere',
			{ id: 7, role: 'asesor', regionCode: null, pantiId: null },
			false,
			false,
			false
		]
	] as const)('%s', (_label, actor, onTeam, sees, reviews) => {
		expect(assessmentInScope(actor, visit, onTeam)).toBe(sees);
		expect(mayReview(actor, visit)).toBe(reviews);
		expect(mayReview(actor, self)).toBe(false);
	});
});
