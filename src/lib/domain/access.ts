/**
 * Who may see what: pure scope rules shared by every load, action and endpoint.
 * Server code turns the same rules into SQL filters (src/lib/server/scope.ts).
 */
/**
 * The four kinds of user. `'panti'` is the kepala (head) of one panti: the account linked to it
 * through `pantiId`, which sees its own panti, runs self-assessments and follows its plan. The name
 * is the stored value, so it stays; the labels say "Kepala panti".
 */
export const ROLES = ['admin', 'dinas', 'asesor', 'panti'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
	admin: 'Admin nasional',
	dinas: 'Dinas Sosial',
	asesor: 'Asesor',
	panti: 'Kepala panti'
};

/** The parts of a signed-in user that scope decisions need. */
export interface Actor {
	readonly id: number;
	readonly role: Role;
	/** dinas only: a province code (`64`) or a kab/kota code (`64.08`). */
	readonly regionCode: string | null;
	/** panti head only. */
	readonly pantiId: number | null;
}

/**
 * True when `regionCode` (a kab/kota) lies within `scopeCode` (a province or the same kab/kota).
 * @example regionWithin('64.08', '64') === true; regionWithin('64.09', '64.08') === false
 */
export function regionWithin(regionCode: string, scopeCode: string): boolean {
	return regionCode === scopeCode || regionCode.startsWith(scopeCode + '.');
}

/** The province code of a region code. @example provinceOf('64.08') === '64' */
export function provinceOf(regionCode: string): string {
	return regionCode.slice(0, 2);
}

/** Whether the actor is a Dinas whose region contains `regionCode` (a kab/kota). */
export function dinasOver(actor: Actor, regionCode: string): boolean {
	return (
		actor.role === 'dinas' &&
		actor.regionCode !== null &&
		regionWithin(regionCode, actor.regionCode)
	);
}

/** Whether the actor may read a panti located in `regionCode` with id `pantiId`. */
export function canViewPanti(
	actor: Actor,
	panti: { readonly id: number; readonly regionCode: string },
	assignedPantiIds: ReadonlySet<number> = new Set()
): boolean {
	switch (actor.role) {
		case 'admin':
			return true;
		case 'dinas':
			return dinasOver(actor, panti.regionCode);
		case 'panti':
			return actor.pantiId === panti.id;
		case 'asesor':
			return assignedPantiIds.has(panti.id);
	}
}

/** Whether the actor may create panti in, or move a panti to, `regionCode`. */
export function canManagePantiIn(actor: Actor, regionCode: string): boolean {
	return actor.role === 'admin' || dinasOver(actor, regionCode);
}

/** What the scope rules read of an assessment: where its panti is and what kind it is. */
export interface AssessmentScope {
	readonly pantiId: number;
	/** The panti's region now: scope follows the panti as it is. */
	readonly regionCode: string;
	readonly kind: 'visit' | 'self';
}

/**
 * Whether the actor may see an assessment at all: admin, the Dinas of its region, the head of its
 * panti, or a member of its team (`onTeam`, already checked still to be of the role chosen for).
 * @example assessmentInScope({ role: 'panti', pantiId: 7, … }, { pantiId: 7, … }, false) === true
 */
export function assessmentInScope(actor: Actor, a: AssessmentScope, onTeam: boolean): boolean {
	return (
		actor.role === 'admin' ||
		dinasOver(actor, a.regionCode) ||
		(actor.role === 'panti' && actor.pantiId === a.pantiId) ||
		onTeam
	);
}

/**
 * Whether the actor may return or finalize an assessment: only visits are reviewed, by admin or
 * the Dinas of the panti's region.
 * @example mayReview({ role: 'dinas', regionCode: '64', … }, { kind: 'visit', regionCode: '64.08', … }) === true
 */
export function mayReview(actor: Actor, a: AssessmentScope): boolean {
	return a.kind === 'visit' && (actor.role === 'admin' || dinasOver(actor, a.regionCode));
}

/**
 * Who may update an improvement plan: those who carry it out or supervise it (the panti head, the
 * Dinas of its region, admin). Assessors score; they do not run the follow-up, so they never edit
 * a plan even when they may read it.
 * @example mayEditPlan({ role: 'panti', pantiId: 7, … }, { pantiId: 7, regionCode: '64.08' }) === true
 */
export function mayEditPlan(
	actor: Actor,
	target: { readonly pantiId: number; readonly regionCode: string }
): boolean {
	switch (actor.role) {
		case 'admin':
			return true;
		case 'dinas':
			return dinasOver(actor, target.regionCode);
		case 'panti':
			return actor.pantiId === target.pantiId;
		case 'asesor':
			return false;
	}
}

/** What an actor may do with one agenda (issue 17): read it, and update its actions. */
export interface AgendaRights {
	readonly read: boolean;
	readonly edit: boolean;
}

/**
 * Who may read and update an agenda, by its scope: a kab/kota (`64.08`), a province (`64`) or `''`
 * (national). Each agenda is kept by its own office: the Dinas of that region, admin for the
 * national one. A province Dinas also reads the agendas of its kab/kota, to follow them, without
 * taking them over; admin reads every agenda. Panti heads and assessors have no agenda.
 * @example agendaRights({ role: 'dinas', regionCode: '64', … }, '64.08') // { read: true, edit: false }
 */
export function agendaRights(actor: Actor, scopeCode: string): AgendaRights {
	if (actor.role === 'admin') return { read: true, edit: scopeCode === '' };
	if (actor.role !== 'dinas' || actor.regionCode === null || scopeCode === '')
		return { read: false, edit: false };
	return {
		read: regionWithin(scopeCode, actor.regionCode),
		edit: scopeCode === actor.regionCode
	};
}

/** What revoking reads of an assessment's certificate. */
export interface CertificateState {
	readonly status: string;
	readonly certificateNumber: string | null;
	readonly verificationCode: string | null;
	readonly revokedAt: string | null;
}

/**
 * Whether the actor may revoke this assessment's certificate as it stands (for showing the form):
 * admin only, on a finalized assessment with a certificate not yet revoked.
 * @example canRevoke(admin, { status: 'finalized', certificateNumber: 'SIAP/…', verificationCode: 'X', revokedAt: null }) === true
 */
export function canRevoke(actor: Actor, a: CertificateState): boolean {
	return (
		actor.role === 'admin' &&
		a.status === 'finalized' &&
		a.certificateNumber !== null &&
		a.verificationCode !== null &&
		a.revokedAt === null
	);
}

/**
 * Whether the actor reads why a certificate was revoked: admin and the Dinas (whose access to the
 * assessment already means the panti is in their region). The reason can name a fault of the
 * panti or its staff; the team and the panti head are told to ask their Dinas.
 * @example mayReadRevokeReason({ role: 'panti', … }) === false
 */
export function mayReadRevokeReason(actor: Actor): boolean {
	return actor.role === 'admin' || actor.role === 'dinas';
}

/** Where each role lands after signing in. */
export function homePath(actor: Actor): string {
	switch (actor.role) {
		case 'admin':
			return '/admin/pengguna';
		case 'dinas':
			return '/panti';
		case 'asesor':
			return '/penilaian';
		case 'panti':
			// Their home: latest result, plan and downloads (the panti page stays reachable).
			return actor.pantiId === null ? '/akun' : '/beranda';
	}
}
