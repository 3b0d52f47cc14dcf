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
			return actor.regionCode !== null && regionWithin(panti.regionCode, actor.regionCode);
		case 'panti':
			return actor.pantiId === panti.id;
		case 'asesor':
			return assignedPantiIds.has(panti.id);
	}
}

/** Whether the actor may create panti in, or move a panti to, `regionCode`. */
export function canManagePantiIn(actor: Actor, regionCode: string): boolean {
	if (actor.role === 'admin') return true;
	if (actor.role !== 'dinas' || actor.regionCode === null) return false;
	return regionWithin(regionCode, actor.regionCode);
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
