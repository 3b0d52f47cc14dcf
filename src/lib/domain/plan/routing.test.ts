import { describe, expect, it } from 'vitest';
import { destination, routeRecommendations } from './routing';

describe('destination', () => {
	it.each([
		['pengelola-panti', 'masyarakat', { kind: 'panti' }],
		['keluarga-klien', 'daerah', { kind: 'panti' }],
		['masyarakat', 'pusat', { kind: 'panti' }],
		['dinas-sosial', 'masyarakat', { kind: 'region', regionCode: '64.08' }],
		['dprd', 'daerah', { kind: 'region', regionCode: '64' }],
		['bappeda', 'pusat', { kind: 'national' }],
		['kemensos', 'masyarakat', { kind: 'national' }],
		['perguruan-tinggi', 'masyarakat', { kind: 'region', regionCode: '64.08' }]
	] as const)('%s of a %s panti → %j', (stakeholder, ownership, expected) => {
		expect(destination(stakeholder, ownership, '64.08')).toEqual(expected);
	});
});

describe('routeRecommendations', () => {
	it('makes every recommendation its own action with its own owner, horizon and due date', () => {
		// BL-22 of seed 002: the panti writes its SOP now; the DPRD passes a Perda in the long term.
		const actions = routeRecommendations(
			[
				{
					code: 'BL-22',
					recommendations: [
						{ action: 'Susun SOP rujukan.', horizon: 'short', stakeholder: 'pengelola-panti' },
						{ action: 'Sahkan Perda.', horizon: 'long', stakeholder: 'dprd' }
					]
				},
				{
					code: 'SPR-09',
					recommendations: [
						{ action: 'Anggarkan kendaraan.', horizon: 'medium', stakeholder: 'bappeda' }
					]
				}
			],
			{ ownership: 'masyarakat', regionCode: '64.08' },
			'2026-02-28'
		);
		expect(actions).toEqual([
			{
				indicatorCode: 'BL-22',
				action: 'Susun SOP rujukan.',
				horizon: 'short',
				stakeholder: 'pengelola-panti',
				dueDate: '2027-02-28',
				destination: { kind: 'panti' }
			},
			{
				indicatorCode: 'BL-22',
				action: 'Sahkan Perda.',
				horizon: 'long',
				stakeholder: 'dprd',
				dueDate: '2031-02-28',
				destination: { kind: 'region', regionCode: '64.08' }
			},
			{
				indicatorCode: 'SPR-09',
				action: 'Anggarkan kendaraan.',
				horizon: 'medium',
				stakeholder: 'bappeda',
				dueDate: '2029-02-28',
				destination: { kind: 'region', regionCode: '64.08' }
			}
		]);
	});
});
