import { describe, expect, it } from 'vitest';
import { ROLES, type Actor } from '../access';
import { NOTICE_KINDS, type NoticeKind } from './kinds';
import { kindsForRole } from './kinds-by-role';
import { notices, type NoticeEvent, type PantiRef } from './rules';

const person = (id: number, role: Actor['role'], extra: Partial<Actor> = {}): Actor => ({
	id,
	role,
	regionCode: null,
	pantiId: null,
	...extra
});
/** Everyone who could be told anything about panti 10 in 64.08, the team being 7 and 8. */
const people = [
	person(1, 'admin'),
	person(2, 'dinas', { regionCode: '64.08' }),
	person(3, 'dinas', { regionCode: '64' }),
	person(5, 'panti', { pantiId: 10 }),
	person(7, 'asesor'),
	person(8, 'asesor')
];
const panti: PantiRef = { id: 10, name: 'LKSA Harapan', regionCode: '64.08', zone: 'WITA' };
const at = '2026-12-03T06:05:00Z';
const teamIds = [7, 8];

/** One event of every kind, the widest audience each can have. */
const events: Record<NoticeKind, NoticeEvent> = {
	assigned: {
		kind: 'assigned',
		assessmentId: 3,
		panti,
		added: [{ userId: 7, lead: true }],
		plannedDate: null
	},
	returned: { kind: 'returned', assessmentId: 3, panti, teamIds, reason: 'Foto', at },
	submitted: { kind: 'submitted', assessmentId: 3, panti, at },
	finalized: { kind: 'finalized', assessmentId: 3, panti, teamIds, grade: 'A', validUntil: null },
	'certificate-revoked': {
		kind: 'certificate-revoked',
		assessmentId: 3,
		panti,
		teamIds,
		reason: 'Dokumen palsu',
		at
	},
	'plan-due': { kind: 'plan-due', planId: 4, panti, overdue: 1, dueSoon: 0, day: '2026-12-03' },
	'accreditation-expiring': {
		kind: 'accreditation-expiring',
		assessmentId: 3,
		panti,
		validUntil: '2027-03-01'
	},
	'document-expiring': {
		kind: 'document-expiring',
		documentId: 9,
		panti,
		documentLabel: 'Izin operasional',
		expiresOn: '2027-01-01',
		expired: false
	}
};

describe('the kinds each role can receive', () => {
	it.each([
		['admin', []],
		['asesor', ['assigned', 'returned', 'finalized', 'certificate-revoked']],
		[
			'dinas',
			[
				'submitted',
				'plan-due',
				'accreditation-expiring',
				'document-expiring',
				'certificate-revoked'
			]
		],
		[
			'panti',
			[
				'finalized',
				'plan-due',
				'accreditation-expiring',
				'document-expiring',
				'certificate-revoked'
			]
		]
	] as const)('%s: %j', (role, kinds) => {
		expect(new Set(kindsForRole(role))).toEqual(new Set(kinds));
	});

	it('are exactly the kinds the rules ever send to that role', () => {
		const received = new Map(ROLES.map((r) => [r, new Set<NoticeKind>()]));
		for (const kind of NOTICE_KINDS)
			for (const n of notices(events[kind], people))
				received.get(people.find((p) => p.id === n.userId)!.role)!.add(n.kind);
		for (const role of ROLES) expect(new Set(kindsForRole(role)), role).toEqual(received.get(role));
	});

	it('keep the order of the list the form shows', () => {
		const order = (k: NoticeKind) => NOTICE_KINDS.indexOf(k);
		for (const role of ROLES) {
			const kinds = kindsForRole(role);
			expect([...kinds].sort((a, b) => order(a) - order(b))).toEqual(kinds);
		}
	});
});
