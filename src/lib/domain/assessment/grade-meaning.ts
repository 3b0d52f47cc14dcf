/**
 * What a grade means, in the plain words a panti head reads first on the results page: what the
 * grade says about the panti, how long it holds, and what Tidak Terakreditasi (TT) means.
 */
import type { Grade } from '../rubric/vocabulary';

export interface GradeMeaningInput {
	readonly grade: Grade;
	readonly validityYears: number;
	readonly kind: 'visit' | 'self';
	/** The score alone reached a better band, but a gate (legal status, safeguarding) capped it. */
	readonly capped: boolean;
}

const SAYS: Record<Grade, string> = {
	A: 'Peringkat tertinggi: layanan panti dinilai baik sekali.',
	B: 'Layanan panti dinilai baik: sebagian besar standar terpenuhi, beberapa masih perlu diperbaiki.',
	C: 'Layanan panti dinilai cukup: standar dasar terpenuhi, tetapi banyak yang masih perlu diperbaiki.',
	TT: 'TT berarti Tidak Terakreditasi: panti belum memenuhi syarat akreditasi.'
};

/**
 * Two or three short sentences: the grade's meaning, why a TT is a TT, and how long it holds.
 * @example gradeMeaning({ grade: 'B', validityYears: 3, kind: 'visit', capped: false })
 * // 'Layanan panti dinilai baik: … Sertifikat berlaku 3 tahun sejak difinalkan; …'
 */
export function gradeMeaning(input: GradeMeaningInput): string {
	const parts = [SAYS[input.grade]];
	if (input.grade === 'TT')
		parts.push(
			input.capped
				? 'Nilainya cukup untuk peringkat, tetapi ada syarat wajib (misalnya legalitas atau perlindungan penerima manfaat) yang belum terpenuhi, dan syarat itu menentukan peringkat berapa pun nilainya.'
				: 'Nilai totalnya belum mencapai batas peringkat C.'
		);
	else if (input.capped)
		parts.push(
			'Nilainya sebenarnya mencapai peringkat lebih tinggi, tetapi ada syarat wajib yang belum terpenuhi sehingga peringkat dibatasi.'
		);
	if (input.kind === 'self')
		parts.push(
			'Ini penilaian mandiri: hasilnya indikatif untuk persiapan, tidak menerbitkan sertifikat.'
		);
	else if (input.grade === 'TT')
		parts.push(
			'Tidak ada sertifikat; panti dapat dinilai kembali setelah langkah perbaikan di bawah dijalankan.'
		);
	else
		parts.push(
			`Sertifikat berlaku ${input.validityYears} tahun sejak difinalkan; sebelum habis, panti perlu dinilai kembali.`
		);
	return parts.join(' ');
}
