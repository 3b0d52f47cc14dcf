import type { Ownership, PantiType } from '../panti/types';

/** Accreditation status of a panti, as derived from its latest finalized visit assessment. */
export const ACCREDITATION_STATUSES = ['belum', 'A', 'B', 'C', 'TT', 'kedaluwarsa'] as const;
export type AccreditationStatus = (typeof ACCREDITATION_STATUSES)[number];

export const ACCREDITATION_LABELS: Record<AccreditationStatus, string> = {
	belum: 'Belum terakreditasi',
	A: 'A (Baik Sekali)',
	B: 'B (Baik)',
	C: 'C (Cukup)',
	TT: 'Tidak Terakreditasi',
	kedaluwarsa: 'Akreditasi kedaluwarsa'
};

/**
 * Status from the latest certificate: no certificate → belum; past validity → kedaluwarsa.
 * @example accreditationStatus({ grade: 'A', validUntil: '2030-01-01' }, '2026-11-23') === 'A'
 */
export function accreditationStatus(
	latest: { readonly grade: string | null; readonly validUntil: string | null } | null,
	today: string
): AccreditationStatus {
	if (!latest || !latest.grade) return 'belum';
	if (latest.grade === 'TT') return 'TT';
	if (latest.validUntil !== null && latest.validUntil < today) return 'kedaluwarsa';
	return (['A', 'B', 'C'] as const).find((g) => g === latest.grade) ?? 'belum';
}

/**
 * A panti's accreditation rests on its latest finalized visit that was not revoked. Given its
 * finalized visits oldest first, that one (or null); the SQL twin is `latestAccreditationOf` in
 * $lib/server/latest-accreditation.
 * @example latestAccreditation([{ revokedAt: null }, { revokedAt: '2026-01-02' }]) // the first
 */
export function latestAccreditation<T extends { readonly revokedAt: string | null }>(
	history: readonly T[]
): T | null {
	const valid = history.filter((a) => a.revokedAt === null);
	return valid[valid.length - 1] ?? null;
}

/**
 * The panti as it was when an assessment was finalized (design.md §7). Stored with the
 * accreditation; results, report, certificate, plan and the public check read it, so renaming,
 * moving or retyping the panti later never changes what was issued.
 */
export interface PantiIdentity {
	readonly name: string;
	readonly type: PantiType;
	readonly ownership: Ownership;
	readonly address: string;
	/** Kemendagri code of the kab/kota, and its name and its province's at finalization. */
	readonly regionCode: string;
	readonly regionName: string;
	readonly provinceName: string;
	/** The panti head's account name at finalization, when the panti has one. */
	readonly headName: string | null;
}
