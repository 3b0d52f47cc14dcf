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
