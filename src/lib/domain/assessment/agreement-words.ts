/**
 * Agreement figures in words a reviewer reads without statistics (design.md §5, §7). The bands
 * for kappa are the usual reading of Landis and Koch, merged to four so they fit in a sentence.
 */

/**
 * @example kappaWords(0.85) === 'sangat sepakat'; kappaWords(0.3) === 'kesepakatan lemah'
 */
export function kappaWords(kappa: number | null): string {
	if (kappa === null)
		return 'tidak dihitung: level hampir seragam atau butir yang dinilai bersama terlalu sedikit';
	if (kappa >= 0.8) return 'sangat sepakat';
	if (kappa >= 0.6) return 'sepakat';
	if (kappa >= 0.4) return 'cukup sepakat';
	return 'kesepakatan lemah';
}

export const EXACT_AGREEMENT_MEANING =
	'Kesepakatan persis: bagian butir yang diberi level yang sama oleh asesor.';
export const KAPPA_MEANING =
	'Kappa berbobot: kesepakatan setelah dikurangi kesepakatan yang bisa terjadi secara kebetulan; selisih satu level dihitung lebih ringan daripada selisih jauh. 0,8 ke atas: sangat sepakat; 0,6–0,8: sepakat; 0,4–0,6: cukup sepakat; di bawah 0,4: lemah.';
