/**
 * The 26 PMKS categories (Penyandang Masalah Kesejahteraan Sosial), in the order of seed 004
 * (Dinas Sosial Jepara, 2016). Codes are stable identifiers stored with each panti.
 */
export const PMKS_CATEGORIES = [
	['anak-balita-terlantar', 'Anak Balita Terlantar'],
	['anak-terlantar', 'Anak Terlantar'],
	['perempuan-rawan-sosial-ekonomi', 'Perempuan Rawan Sosial Ekonomi'],
	['lanjut-usia-terlantar', 'Lanjut Usia Terlantar'],
	['anak-dengan-kedisabilitasan', 'Anak Dengan Kedisabilitasan (ADK)'],
	['penyandang-disabilitas', 'Penyandang Disabilitas'],
	['fakir-miskin', 'Fakir Miskin'],
	['anak-korban-kekerasan', 'Anak yang Menjadi Korban Tindak Kekerasan atau Diperlakukan Salah'],
	['anak-berhadapan-dengan-hukum', 'Anak yang Berhadapan dengan Hukum'],
	['anak-perlindungan-khusus', 'Anak yang Memerlukan Perlindungan Khusus'],
	['anak-jalanan', 'Anak Jalanan'],
	['korban-tindak-kekerasan', 'Korban Tindak Kekerasan'],
	['tuna-susila', 'Tuna Susila'],
	['pengemis', 'Pengemis'],
	['gelandangan', 'Gelandangan'],
	['pemulung', 'Pemulung'],
	['kelompok-minoritas', 'Kelompok Minoritas'],
	['bwblp', 'Bekas Warga Binaan Lembaga Pemasyarakatan (BWBLP)'],
	['korban-napza', 'Korban Penyalahgunaan NAPZA'],
	['komunitas-adat-terpencil', 'Komunitas Adat Terpencil'],
	['keluarga-bermasalah-sosial-psikologis', 'Keluarga Bermasalah Sosial Psikologis'],
	['korban-bencana-alam', 'Korban Bencana Alam'],
	['korban-bencana-sosial', 'Korban Bencana Sosial'],
	['pekerja-migran-bermasalah-sosial', 'Pekerja Migran Bermasalah Sosial'],
	['odha', 'Orang Dengan HIV/AIDS (ODHA)'],
	['korban-trafficking', 'Korban Trafficking']
] as const;

export type PmksCode = (typeof PMKS_CATEGORIES)[number][0];
export const PMKS_CODES = PMKS_CATEGORIES.map(([code]) => code) as unknown as readonly [
	PmksCode,
	...PmksCode[]
];
export const PMKS_LABELS = Object.fromEntries(PMKS_CATEGORIES) as Record<PmksCode, string>;
