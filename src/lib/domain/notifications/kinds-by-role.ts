/**
 * Which kinds of notice each role can ever receive (rules.ts `audience`): the mail preferences
 * offer only these, so nobody ticks a box that can never send anything. Visit teams are assessors
 * (team.ts), submitted visits go to the Dinas over the panti, and an admin is never in an
 * audience: the admin reads everything in place and is told nothing.
 */
import type { Role } from '../access';
import { NOTICE_KINDS, type NoticeKind } from './kinds';

const RECEIVES: Record<Role, readonly NoticeKind[]> = {
	admin: [],
	dinas: [
		'submitted',
		'plan-due',
		'accreditation-expiring',
		'document-expiring',
		'certificate-revoked'
	],
	asesor: ['assigned', 'returned', 'finalized', 'certificate-revoked'],
	panti: [
		'finalized',
		'plan-due',
		'accreditation-expiring',
		'document-expiring',
		'certificate-revoked'
	]
};

/**
 * The kinds a role can receive, in the order of NOTICE_KINDS (the order the form lists them).
 * @example kindsForRole('asesor') // ['assigned', 'returned', 'finalized', 'certificate-revoked']
 */
export function kindsForRole(role: Role): NoticeKind[] {
	return NOTICE_KINDS.filter((k) => RECEIVES[role].includes(k));
}
