/**
 * Rules on what rubric prose may say (design.md §4), checked by `rubrics:check` and at
 * start beside the schema: assessors must be able to agree, and every number must say who set it.
 *
 * - A descriptor that states a number or a time limit needs `source.thresholdsRef` (who set the
 *   number) or `source.provisional: true`.
 * - A descriptor may not use a vague quantity ("sebagian besar", "sering", "banyak", …) without a
 *   threshold in the same descriptor ("sebagian besar (≥ 75 %)").
 * - An indicator checked on a sample of files or clients states its sample rule (`sample`).
 * - The expected level is the top of the scale (`rubrics/README.md`: one number, no second
 *   "expected" that the gap table and the path to the next grade would read differently).
 * - Dimension `kebijakan` is government policy, as in seed 002 (Perda, budget, careers, MoUs): such
 *   an indicator recommends something to a government body or partner. The panti's own papers are
 *   `administrasi` (issue 17: KEL-01 and KEL-02 were tagged `kebijakan` until standar umum 3.0.0).
 *
 * Versions published before these rules are immutable and keep their wording (LEGACY_VERSIONS);
 * every version after them must pass.
 */
import { PANTI_STAKEHOLDERS } from '../plan/routing';
import type { Rubric } from './schema';

export interface ContentProblem {
	readonly path: (string | number)[];
	readonly message: string;
}

/** Published before the content rules existed; never edited again (a new version fixes them). */
export const LEGACY_VERSIONS: ReadonlySet<string> = new Set([
	'standar-umum@1.0.0',
	'standar-umum@2.0.0',
	'standar-khusus-anak@1.0.0',
	'standar-khusus-lanjut-usia@1.0.0',
	'standar-khusus-disabilitas@1.0.0',
	'standar-khusus-bina-laras@1.0.0',
	'standar-khusus-napza@1.0.0',
	'standar-khusus-tuna-sosial@1.0.0',
	'standar-khusus-abh@1.0.0'
]);

const NUMBER_WORD =
	'(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|dua belas|setengah|separuh)';
const UNIT =
	'(?:%|persen|jam|hari|minggu|pekan|bulan|tahun|kali|orang|berkas|klien|anak|m2|m²|meter|kg|liter|rupiah)';
/**
 * A threshold: a digit with a unit or a comparison ("3 bulan", "≥ 80 %", "1:10", "minimal 2"),
 * or a number word with a unit ("satu minggu"). Citations such as "UU 11/2009" are not thresholds.
 */
const THRESHOLD = new RegExp(
	[
		`\\d+(?:[.,]\\d+)?\\s*${UNIT}(?![a-z])`,
		`[≥≤<>]\\s*\\d`,
		`\\d+\\s*:\\s*\\d+`,
		`(?:minimal|maksimal|paling (?:sedikit|lama|lambat|banyak)|sekurang-kurangnya|setidaknya|lebih dari|kurang dari|di atas|di bawah|dalam|setiap|tiap)\\s+\\d`,
		`\\b${NUMBER_WORD}\\s+${UNIT}(?![a-z])`
	].join('|'),
	'i'
);

/** Quantities two assessors read differently unless a number pins them down. */
const VAGUE =
	/\b(sebagian besar|sebagian kecil|sebagian|banyak|sering|jarang|beberapa|kadang-kadang|kadang|sedikit|mayoritas|hampir (?:semua|seluruh)|umumnya|secara berkala|berkala|rutin)\b/i;
const HAS_NUMBER = new RegExp(`\\d|\\b${NUMBER_WORD}\\b`, 'i');

/** Checking on a sample of records or people. */
const SAMPLING =
	/\b(sampel|acak|berkas (?:klien|kasus|anak|penerima manfaat|pegawai)|file (?:klien|kasus))\b/i;

/** Whether a text states a number or a time limit. */
export const statesThreshold = (text: string): boolean => THRESHOLD.test(text);

/** The vague quantity in a text that no number pins down, or null. */
export function vagueQuantity(text: string): string | null {
	const m = VAGUE.exec(text);
	if (!m) return null;
	return HAS_NUMBER.test(text) ? null : m[1]!.toLowerCase();
}

export function checkRubricContent(r: Rubric): ContentProblem[] {
	if (LEGACY_VERSIONS.has(`${r.id}@${r.version}`)) return [];
	const problems: ContentProblem[] = [];
	r.aspects.forEach((a, ai) =>
		a.indicators.forEach((ind, ii) => {
			const at = ['aspects', ai, 'indicators', ii];
			const numbered = !ind.source.provisional && !ind.source.thresholdsRef;
			ind.levels.forEach((text, level) => {
				if (numbered && statesThreshold(text))
					problems.push({
						path: [...at, 'levels', level],
						message:
							'deskriptor menyebut angka atau batas waktu: tulis sumbernya di source.thresholdsRef, atau tandai source.provisional: true'
					});
				const vague = vagueQuantity(text);
				if (vague)
					problems.push({
						path: [...at, 'levels', level],
						message: `"${vague}" tanpa ambang: tulis jumlahnya (mis. "sebagian besar (≥ 75 %)")`
					});
			});
			const prose = [ind.statement, ind.guidance, ...ind.levels].join(' ');
			if (SAMPLING.test(prose) && !ind.sample)
				problems.push({
					path: [...at, 'sample'],
					message:
						'indikator diperiksa pada sampel berkas/klien: tulis aturan sampelnya (mis. "5 berkas klien acak, atau semua bila kurang dari 5")'
				});
			if (ind.sample && !/\d/.test(ind.sample))
				problems.push({ path: [...at, 'sample'], message: 'aturan sampel harus menyebut jumlah' });
			if (ind.expectedLevel !== undefined && ind.expectedLevel !== r.scale.max)
				problems.push({
					path: [...at, 'expectedLevel'],
					message: `level yang diharapkan adalah level tertinggi (${r.scale.max}); hapus expectedLevel`
				});
			if (
				ind.dimension === 'kebijakan' &&
				ind.recommendations.every((x) => PANTI_STAKEHOLDERS.has(x.stakeholder))
			)
				problems.push({
					path: [...at, 'dimension'],
					message:
						'dimensi kebijakan berarti kebijakan pemerintah (Perda, anggaran, karier, perjanjian kerja sama): beri rekomendasi bagi pemerintah atau mitra, atau pakai dimensi administrasi untuk dokumen panti sendiri'
				});
		})
	);
	return problems;
}
