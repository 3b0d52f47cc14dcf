/**
 * Short explanations of the words the results, review and comparison pages use without saying
 * what they mean; shown in a tap-to-open help beside the word (no hover: tablets have none).
 */
import { KAPPA_MEANING } from './assessment/agreement-words';

export const HELP_TERMS = {
	poin: 'Poin adalah persen nilai total. "+1,19 poin" berarti nilai total naik 1,19 (misalnya dari 64,00% menjadi 65,19%) bila butir itu dinaikkan ke level yang disebut.',
	gerbang:
		'Syarat wajib (gerbang) adalah butir yang menentukan peringkat berapa pun nilai totalnya, misalnya legalitas lembaga atau perlindungan penerima manfaat dari kekerasan. Bila levelnya di bawah batas minimum, peringkat dibatasi (bisa sampai Tidak Terakreditasi).',
	level:
		'Setiap butir dinilai pada level 0 sampai level tertinggi; tiap level punya deskripsi tertulis. Level yang diharapkan adalah level yang harus dicapai panti.',
	kode: 'Kode butir: huruf menunjukkan aspek (misalnya KEL = Kelembagaan), angka menunjukkan urutan butir dalam aspek itu.',
	kappa: KAPPA_MEANING,
	persentil:
		'Persentil menunjukkan posisi dibanding panti lain: persentil 80 berarti nilai panti lebih tinggi daripada 80% panti pembanding.'
} as const;

export type HelpTerm = keyof typeof HELP_TERMS;
