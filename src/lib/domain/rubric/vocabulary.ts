/** Closed vocabularies of rubric files (design.md §2, §6), with their Indonesian labels. */

/** The standar umum, or the standar khusus of one panti type. */
export const PARTS = ['umum', 'khusus'] as const;
export type Part = (typeof PARTS)[number];

export const DIMENSIONS = [
	'program',
	'sdm',
	'sarana-prasarana',
	'administrasi',
	'kebijakan'
] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const DIMENSION_LABELS: Record<Dimension, string> = {
	program: 'Program',
	sdm: 'SDM',
	'sarana-prasarana': 'Sarana-prasarana',
	administrasi: 'Administrasi',
	kebijakan: 'Kebijakan'
};

/** Seed 002: primary, secondary and tertiary stakeholders. */
export const STAKEHOLDERS = [
	'pengelola-panti',
	'dinas-sosial',
	'masyarakat',
	'keluarga-klien',
	'dinas-kesehatan',
	'bappeda',
	'ortala',
	'dprd',
	'kemensos',
	'perguruan-tinggi',
	'lsm-ormas',
	'swasta'
] as const;
export type Stakeholder = (typeof STAKEHOLDERS)[number];
export const STAKEHOLDER_LABELS: Record<Stakeholder, string> = {
	'pengelola-panti': 'Pengelola panti',
	'dinas-sosial': 'Dinas Sosial',
	masyarakat: 'Masyarakat sekitar',
	'keluarga-klien': 'Keluarga klien',
	'dinas-kesehatan': 'Dinas Kesehatan',
	bappeda: 'Bappeda',
	ortala: 'Bagian Organisasi & Tata Laksana',
	dprd: 'DPRD',
	kemensos: 'Kementerian Sosial',
	'perguruan-tinggi': 'Perguruan tinggi',
	'lsm-ormas': 'LSM / ormas',
	swasta: 'Sektor swasta'
};
export const STAKEHOLDER_TIER: Record<Stakeholder, 'primer' | 'sekunder' | 'tersier'> = {
	'pengelola-panti': 'primer',
	'dinas-sosial': 'primer',
	masyarakat: 'primer',
	'keluarga-klien': 'primer',
	'dinas-kesehatan': 'primer',
	bappeda: 'sekunder',
	ortala: 'sekunder',
	dprd: 'sekunder',
	kemensos: 'sekunder',
	'perguruan-tinggi': 'tersier',
	'lsm-ormas': 'tersier',
	swasta: 'tersier'
};

export const HORIZONS = ['short', 'medium', 'long'] as const;
export type Horizon = (typeof HORIZONS)[number];
export const HORIZON_LABELS: Record<Horizon, string> = {
	short: 'Jangka pendek (≤ 1 tahun)',
	medium: 'Jangka menengah (1–3 tahun)',
	long: 'Jangka panjang (3–5 tahun)'
};

export const METHODS = ['dokumen', 'observasi', 'wawancara'] as const;
export type Method = (typeof METHODS)[number];

export const GRADES = ['A', 'B', 'C', 'TT'] as const;
export type Grade = (typeof GRADES)[number];
export const GRADE_LABELS: Record<Grade, string> = {
	A: 'A (Baik Sekali)',
	B: 'B (Baik)',
	C: 'C (Cukup)',
	TT: 'Tidak Terakreditasi'
};
/** Order from worst to best, for caps and "next grade". */
export const GRADE_RANK: Record<Grade, number> = { TT: 0, C: 1, B: 2, A: 3 };

/**
 * Profile facts a computed indicator may read (from the assessment's profile snapshot).
 * Each is a ratio where lower is better unless said otherwise.
 */
export const PROFILE_FACTS = [
	'clientsPerSocialWorker',
	'clientsPerProfessional',
	'clientsPerCaregiver',
	'occupancyPct'
] as const;
export type ProfileFact = (typeof PROFILE_FACTS)[number];
export const PROFILE_FACT_LABELS: Record<ProfileFact, string> = {
	clientsPerSocialWorker: 'Klien per pekerja sosial',
	clientsPerProfessional:
		'Klien per tenaga profesional (pekerja sosial, psikolog, perawat, dokter, konselor)',
	clientsPerCaregiver: 'Klien per pengasuh/pendamping',
	occupancyPct: 'Keterisian (% klien terhadap kapasitas)'
};
