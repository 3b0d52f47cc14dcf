// Printed by `npm start`; kept in step with src/lib/server/demo/data.ts by a unit test.
export const DEMO_PASSWORD = 'siap-demo-2026';
export const DEMO_USERS = [
	{ username: 'admin', label: 'Admin nasional' },
	{ username: 'dinas.kaltim', label: 'Dinas Sosial Prov. Kalimantan Timur' },
	{ username: 'dinas.kutim', label: 'Dinas Sosial Kab. Kutai Timur' },
	{ username: 'dinas.kalsel', label: 'Dinas Sosial Prov. Kalimantan Selatan' },
	{ username: 'dinas.jateng', label: 'Dinas Sosial Prov. Jawa Tengah' },
	{ username: 'dinas.jepara', label: 'Dinas Sosial Kab. Jepara' },
	{ username: 'dinas.dki', label: 'Dinas Sosial Prov. DKI Jakarta' },
	{ username: 'dinas.diy', label: 'Dinas Sosial DI Yogyakarta' },
	{ username: 'dinas.sulsel', label: 'Dinas Sosial Prov. Sulawesi Selatan' },
	{ username: 'dinas.ntb', label: 'Dinas Sosial Prov. Nusa Tenggara Barat' },
	{ username: 'asesor.rina', label: 'Asesor' },
	{ username: 'asesor.budi', label: 'Asesor' },
	{ username: 'asesor.sari', label: 'Asesor' },
	{ username: 'asesor.yusuf', label: 'Asesor' },
	{ username: 'kepala.kutim', label: 'Kepala panti (Kab. Kutai Timur)' },
	{ username: 'kepala.banjarmasin', label: 'Kepala panti (Kota Banjarmasin)' },
	{ username: 'kepala.jepara', label: 'Kepala panti (Kab. Jepara)' },
	{ username: 'kepala.makassar', label: 'Kepala panti (Kota Makassar)' }
];
