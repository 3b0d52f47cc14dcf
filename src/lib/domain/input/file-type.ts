/**
 * File type by content (magic bytes), never by name or the browser's claim: evidence may only be
 * JPEG, PNG, WebP or PDF (design.md §9).
 */
export const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

const starts = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);

/** @example sniffType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])) === 'image/jpeg' */
export function sniffType(bytes: Uint8Array): EvidenceType | null {
	if (starts(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
	if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
	if (starts(bytes, [0x52, 0x49, 0x46, 0x46]) && starts(bytes, [0x57, 0x45, 0x42, 0x50], 8))
		return 'image/webp';
	if (starts(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
	return null;
}
