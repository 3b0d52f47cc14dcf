/** Types of panti (design.md §3): each decides which standar khusus applies. */
export const PANTI_TYPES = [
	'anak',
	'lanjut-usia',
	'disabilitas',
	'bina-laras',
	'napza',
	'tuna-sosial',
	'abh'
] as const;
export type PantiType = (typeof PANTI_TYPES)[number];

export const PANTI_TYPE_LABELS: Record<PantiType, string> = {
	anak: 'Anak (LKSA / Panti Sosial Asuhan Anak)',
	'lanjut-usia': 'Lanjut usia (Panti Sosial Tresna Werdha)',
	disabilitas: 'Penyandang disabilitas (Bina Daksa, Netra, Rungu Wicara, Grahita)',
	'bina-laras': 'Bina Laras (disabilitas mental / psikososial)',
	napza: 'Korban NAPZA (Panti Sosial Pamardi Putra)',
	'tuna-sosial': 'Tuna sosial & korban perdagangan orang (Bina Karya, Karya Wanita)',
	abh: 'Anak berhadapan dengan hukum (Panti Sosial Marsudi Putra)'
};

/** Short labels for tables and filters. */
export const PANTI_TYPE_SHORT: Record<PantiType, string> = {
	anak: 'Anak',
	'lanjut-usia': 'Lanjut usia',
	disabilitas: 'Disabilitas',
	'bina-laras': 'Bina Laras',
	napza: 'NAPZA',
	'tuna-sosial': 'Tuna sosial',
	abh: 'ABH'
};

export const OWNERSHIPS = ['pusat', 'daerah', 'masyarakat'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

export const OWNERSHIP_LABELS: Record<Ownership, string> = {
	pusat: 'Pusat (UPT Kementerian Sosial)',
	daerah: 'Daerah (pemerintah daerah)',
	masyarakat: 'Masyarakat (swasta / yayasan)'
};

/** Professions counted in the profile (seed 000: unsur operasional and penunjang). */
export const PROFESSIONS = [
	'pekerja_sosial',
	'psikolog',
	'perawat',
	'dokter',
	'pengasuh',
	'instruktur',
	'pembimbing_rohani',
	'konselor_adiksi',
	'ahli_gizi',
	'fisioterapis'
] as const;
export type Profession = (typeof PROFESSIONS)[number];

export const PROFESSION_LABELS: Record<Profession, string> = {
	pekerja_sosial: 'Pekerja sosial',
	psikolog: 'Psikolog',
	perawat: 'Perawat',
	dokter: 'Dokter',
	pengasuh: 'Pengasuh',
	instruktur: 'Instruktur',
	pembimbing_rohani: 'Pembimbing rohani',
	konselor_adiksi: 'Konselor adiksi',
	ahli_gizi: 'Ahli gizi',
	fisioterapis: 'Fisioterapis'
};

/** Legal documents of a panti (regulation.md §2.2: tanda daftar / SIOP, akta notaris, NPWP). */
export const LEGAL_DOCUMENT_KINDS = [
	'tanda_daftar',
	'izin_operasional',
	'akta_notaris',
	'npwp'
] as const;
export type LegalDocumentKind = (typeof LEGAL_DOCUMENT_KINDS)[number];

export const LEGAL_DOCUMENT_LABELS: Record<LegalDocumentKind, string> = {
	tanda_daftar: 'Tanda daftar LKS',
	izin_operasional: 'Izin operasional',
	akta_notaris: 'Akta notaris pendirian',
	npwp: 'NPWP'
};

/** Documents that expire, and so carry an expiry date. */
export const EXPIRING_DOCUMENTS: readonly LegalDocumentKind[] = [
	'tanda_daftar',
	'izin_operasional'
];
