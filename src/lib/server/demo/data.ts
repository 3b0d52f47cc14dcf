/**
 * The fictional demo world: every name says "Demo" so no one mistakes it for a real panti.
 * Deterministic, so screenshots and tests see the same data on every machine.
 */
import type { LegalDocumentKind, Ownership, PantiType, Profession } from '$lib/domain/panti/types';
import type { PmksCode } from '$lib/domain/panti/pmks';
import type { Role } from '$lib/domain/access';

export const DEMO_PASSWORD = 'siap-demo-2026';

/**
 * Kab/kota used by the demo, two per province; Kutai Timur, Banjarmasin and Jepara must be among
 * them (the demo test checks it).
 */
export const DEMO_REGENCIES = [
	'64.08',
	'64.72', // Kalimantan Timur: Kab. Kutai Timur, Kota Samarinda
	'63.71',
	'63.03', // Kalimantan Selatan: Kota Banjarmasin, Kab. Banjar
	'33.20',
	'33.74', // Jawa Tengah: Kab. Jepara, Kota Semarang
	'31.74',
	'31.75', // DKI Jakarta: Jakarta Selatan, Jakarta Timur
	'34.71',
	'34.04', // DI Yogyakarta: Kota Yogyakarta, Kab. Sleman
	'73.71',
	'73.06', // Sulawesi Selatan: Kota Makassar, Kab. Gowa
	'52.71',
	'52.01' //  Nusa Tenggara Barat: Kota Mataram, Kab. Lombok Barat
] as const;

const NAME_PREFIX: Record<PantiType, string> = {
	anak: 'LKSA Demo',
	'lanjut-usia': 'PSTW Demo',
	disabilitas: 'Panti Bina Daksa Demo',
	'bina-laras': 'Panti Bina Laras Demo',
	napza: 'Panti Pamardi Putra Demo',
	'tuna-sosial': 'Panti Bina Karya Demo',
	abh: 'Panti Marsudi Putra Demo'
};

const NAME_SUFFIX = [
	'Harapan Bangsa',
	'Kasih Ibu',
	'Cahaya Hati',
	'Budi Luhur',
	'Mekar Sari',
	'Tunas Harapan',
	'Bina Sejahtera',
	'Pelita Kasih',
	'Sinar Mentari',
	'Karya Mulia',
	'Sumber Berkah',
	'Citra Insani'
];

const STREETS = [
	'Jl. Contoh Merdeka',
	'Jl. Fiktif Pahlawan',
	'Jl. Demo Sudirman',
	'Jl. Contoh Pattimura',
	'Jl. Contoh Diponegoro'
];

/** Clients each type usually serves, for plausible PMKS ticks. */
export const DEMO_PMKS: Record<PantiType, PmksCode[]> = {
	anak: ['anak-terlantar', 'anak-balita-terlantar', 'anak-perlindungan-khusus'],
	'lanjut-usia': ['lanjut-usia-terlantar'],
	disabilitas: ['penyandang-disabilitas', 'anak-dengan-kedisabilitasan'],
	'bina-laras': ['penyandang-disabilitas', 'gelandangan'],
	napza: ['korban-napza'],
	'tuna-sosial': ['gelandangan', 'pengemis', 'tuna-susila', 'korban-trafficking'],
	abh: ['anak-berhadapan-dengan-hukum', 'anak-korban-kekerasan']
};

export interface DemoPanti {
	name: string;
	type: PantiType;
	ownership: Ownership;
	address: string;
	regionCode: string;
	capacity: number;
	currentClients: number;
	staffPimpinan: number;
	staffOperasional: number;
	staffPenunjang: number;
	staff: Partial<Record<Profession, number>>;
	pmks: PmksCode[];
	legal: {
		kind: LegalDocumentKind;
		number: string;
		issuedOn: string | null;
		expiresOn: string | null;
	}[];
	latitude: number | null;
	longitude: number | null;
}

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const TYPES: PantiType[] = [
	'anak',
	'lanjut-usia',
	'disabilitas',
	'bina-laras',
	'napza',
	'tuna-sosial',
	'abh'
];
const OWNERS: Ownership[] = ['masyarakat', 'daerah', 'pusat'];

/** 42 panti: three per demo kab/kota, cycling through every type and ownership. */
export function demoPanti(): DemoPanti[] {
	const random = rng(20261123);
	const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
	const out: DemoPanti[] = [];
	let i = 0;
	for (const regionCode of DEMO_REGENCIES) {
		for (let k = 0; k < 3; k++, i++) {
			const type = TYPES[i % TYPES.length]!;
			const ownership = OWNERS[(i + Math.floor(i / 7)) % OWNERS.length]!;
			const capacity = int(3, 12) * 10;
			const currentClients = Math.min(
				capacity + int(0, 8),
				int(Math.floor(capacity / 2), capacity + 8)
			);
			const socialWorkers = int(0, 6);
			const year = 2015 + int(0, 8);
			const legal: DemoPanti['legal'] = [
				{
					kind: 'akta_notaris',
					number: `${int(1, 99)}/DEMO/${year}`,
					issuedOn: `${year}-0${int(1, 9)}-1${int(0, 9)}`,
					expiresOn: null
				}
			];
			// Some panti have an expired or missing permit: the registry and dashboards must show it.
			if (i % 5 !== 4) {
				const issued = 2019 + int(0, 5);
				const valid = i % 6 === 0 ? 2 : 5;
				legal.push({
					kind: 'izin_operasional',
					number: `DEMO-IO/${String(i + 1).padStart(3, '0')}/${issued}`,
					issuedOn: `${issued}-0${int(1, 9)}-0${int(1, 9)}`,
					expiresOn: `${issued + valid}-0${int(1, 9)}-0${int(1, 9)}`
				});
				legal.push({
					kind: 'tanda_daftar',
					number: `DEMO-TD/${String(i + 1).padStart(3, '0')}/${issued}`,
					issuedOn: `${issued}-0${int(1, 9)}-1${int(0, 9)}`,
					expiresOn: `${issued + 5}-1${int(0, 2)}-1${int(0, 9)}`
				});
			}
			if (i % 3 !== 2)
				legal.push({
					kind: 'npwp',
					number: `0${int(1, 9)}.${int(100, 999)}.${int(100, 999)}.${int(1, 9)}-${int(100, 999)}.000`,
					issuedOn: null,
					expiresOn: null
				});
			const staff = {
				pekerja_sosial: socialWorkers,
				pengasuh: type === 'anak' || type === 'abh' ? int(3, 10) : int(0, 4),
				perawat: type === 'lanjut-usia' || type === 'bina-laras' ? int(2, 8) : int(0, 2),
				psikolog: int(0, 2),
				dokter: int(0, 1),
				instruktur: int(0, 4),
				pembimbing_rohani: int(1, 3)
			};
			const addiction = type === 'napza' ? { konselor_adiksi: int(1, 4) } : {};
			out.push({
				name: `${NAME_PREFIX[type]} ${NAME_SUFFIX[(i * 5) % NAME_SUFFIX.length]} ${i + 1}`,
				type,
				ownership,
				address: `${STREETS[i % STREETS.length]} No. ${int(1, 200)} (alamat fiktif)`,
				regionCode,
				capacity,
				currentClients,
				staffPimpinan: int(1, 4),
				staffOperasional:
					socialWorkers + staff.psikolog + staff.instruktur + staff.pembimbing_rohani,
				staffPenunjang: int(3, 15),
				staff: { ...staff, ...addiction },
				pmks: DEMO_PMKS[type],
				legal,
				latitude: i % 4 === 0 ? null : Number((-8 + random() * 9).toFixed(4)),
				longitude: i % 4 === 0 ? null : Number((106 + random() * 14).toFixed(4))
			});
		}
	}
	return out;
}

export interface DemoUser {
	username: string;
	name: string;
	role: Role;
	regionCode?: string;
	/** index into demoPanti() for panti heads */
	pantiIndex?: number;
	/** Reviewers sign certificates: a (made-up) NIP and their jabatan. */
	nip?: string;
	position?: string;
}

export const DEMO_USERS: DemoUser[] = [
	{
		username: 'admin',
		name: 'Admin Nasional (Demo)',
		role: 'admin',
		nip: '197503142000031001',
		position: 'Direktur Rehabilitasi Sosial, Kementerian Sosial (Demo)'
	},
	{
		username: 'dinas.kaltim',
		name: 'Dinas Sosial Prov. Kalimantan Timur (Demo)',
		role: 'dinas',
		regionCode: '64',
		nip: '197001101998031001',
		position: 'Kepala Dinas Sosial Provinsi Kalimantan Timur'
	},
	{
		username: 'dinas.kutim',
		name: 'Dinas Sosial Kab. Kutai Timur (Demo)',
		role: 'dinas',
		regionCode: '64.08',
		nip: '197002111998031002',
		position: 'Kepala Dinas Sosial Kabupaten Kutai Timur'
	},
	{
		username: 'dinas.kalsel',
		name: 'Dinas Sosial Prov. Kalimantan Selatan (Demo)',
		role: 'dinas',
		regionCode: '63',
		nip: '197003121998031003',
		position: 'Kepala Dinas Sosial Provinsi Kalimantan Selatan'
	},
	{
		username: 'dinas.jateng',
		name: 'Dinas Sosial Prov. Jawa Tengah (Demo)',
		role: 'dinas',
		regionCode: '33',
		nip: '197004131998031004',
		position: 'Kepala Dinas Sosial Provinsi Jawa Tengah'
	},
	{
		username: 'dinas.jepara',
		name: 'Dinas Sosial Kab. Jepara (Demo)',
		role: 'dinas',
		regionCode: '33.20',
		nip: '197005141998031005',
		position: 'Kepala Dinas Sosial Kabupaten Jepara'
	},
	{
		username: 'dinas.dki',
		name: 'Dinas Sosial Prov. DKI Jakarta (Demo)',
		role: 'dinas',
		regionCode: '31',
		nip: '197006151998031006',
		position: 'Kepala Dinas Sosial Provinsi DKI Jakarta'
	},
	{
		username: 'dinas.diy',
		name: 'Dinas Sosial DI Yogyakarta (Demo)',
		role: 'dinas',
		regionCode: '34',
		nip: '197007161998031007',
		position: 'Kepala Dinas Sosial DI Yogyakarta'
	},
	{
		username: 'dinas.sulsel',
		name: 'Dinas Sosial Prov. Sulawesi Selatan (Demo)',
		role: 'dinas',
		regionCode: '73',
		nip: '197008171998031008',
		position: 'Kepala Dinas Sosial Provinsi Sulawesi Selatan'
	},
	{
		username: 'dinas.ntb',
		name: 'Dinas Sosial Prov. Nusa Tenggara Barat (Demo)',
		role: 'dinas',
		regionCode: '52',
		nip: '197009181998031009',
		position: 'Kepala Dinas Sosial Provinsi Nusa Tenggara Barat'
	},
	{ username: 'asesor.rina', name: 'Rina Asesor (Demo)', role: 'asesor' },
	{ username: 'asesor.budi', name: 'Budi Asesor (Demo)', role: 'asesor' },
	{ username: 'asesor.sari', name: 'Sari Asesor (Demo)', role: 'asesor' },
	{ username: 'asesor.yusuf', name: 'Yusuf Asesor (Demo)', role: 'asesor' },
	{
		username: 'kepala.kutim',
		name: 'Kepala Panti Kutai Timur (Demo)',
		role: 'panti',
		pantiIndex: 0
	},
	{
		username: 'kepala.banjarmasin',
		name: 'Kepala Panti Banjarmasin (Demo)',
		role: 'panti',
		pantiIndex: 6
	},
	{ username: 'kepala.jepara', name: 'Kepala Panti Jepara (Demo)', role: 'panti', pantiIndex: 12 },
	{
		username: 'kepala.makassar',
		name: 'Kepala Panti Makassar (Demo)',
		role: 'panti',
		pantiIndex: 30
	}
];
