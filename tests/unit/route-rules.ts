/**
 * Who may use each route handler: the rule the authorization matrix checks and the fuzzing uses to
 * pick a caller that gets past the gate. Keyed `<route id> <load | layout | action name | HTTP method>`.
 */
import { PRINCIPALS, type Principal } from './route-harness';

export interface Rule {
	/** Principals whose call gets through; every other principal must be refused. */
	allow: readonly Principal[];
	/** Loads only: principals redirected to a page of their own instead (e.g. a head's /panti → their panti). */
	elsewhere?: readonly Principal[];
}

const ALL_SIGNED_IN: Principal[] = PRINCIPALS.filter((p) => p !== 'anonymous');
const EVERYONE: Principal[] = [...PRINCIPALS];
const ADMIN: Principal[] = ['admin'];
const STAFF: Principal[] = ['admin', 'dinasProvince', 'dinasRegency', 'dinasOther'];
/** Admin and the dinas whose region holds the target panti. */
const SCOPE: Principal[] = ['admin', 'dinasProvince', 'dinasRegency'];
/** Everyone who may read the target panti or its assessments. */
const VIEWERS: Principal[] = [...SCOPE, 'lead', 'headOwn'];

/** The rule of every handler, keyed `<route id> <load | action name | HTTP method>`. */
export const RULES: Record<string, Rule> = {
	'/ layout': { allow: EVERYONE },
	'/ load': { allow: [], elsewhere: ALL_SIGNED_IN },
	'/login load': { allow: ['anonymous'], elsewhere: ALL_SIGNED_IN },
	'/login default': { allow: EVERYONE },
	'/logout load': { allow: [], elsewhere: EVERYONE },
	'/logout default': { allow: ALL_SIGNED_IN },
	'/akun load': { allow: ALL_SIGNED_IN },
	'/akun profil': { allow: ALL_SIGNED_IN },
	'/akun email': { allow: ALL_SIGNED_IN },
	'/akun/sandi load': { allow: ALL_SIGNED_IN },
	'/akun/sandi default': { allow: ALL_SIGNED_IN },
	// Everyone has an inbox; every read and write is keyed by the signed-in user (inbox.test.ts).
	'/kotak-masuk load': { allow: ALL_SIGNED_IN },
	'/kotak-masuk buka': { allow: ALL_SIGNED_IN },
	'/kotak-masuk semua': { allow: ALL_SIGNED_IN },
	'/beranda load': {
		allow: ['headOwn', 'headOther'],
		elsewhere: SCOPE.concat('dinasOther', 'lead', 'asesorOther')
	},
	'/dasbor load': { allow: STAFF },
	// Called for Kutai Timur (route-harness.ts): a Dinas of another province is refused (404).
	'/analisis-wilayah load': { allow: SCOPE },
	'/analisis-wilayah/ekspor.csv GET': { allow: SCOPE },
	'/analisis-wilayah/laporan.pdf GET': { allow: SCOPE },
	'/admin/pengguna load': { allow: ADMIN },
	'/admin/pengguna/baru load': { allow: ADMIN },
	'/admin/pengguna/baru simpan': { allow: ADMIN },
	'/admin/pengguna/[id=id] load': { allow: ADMIN },
	'/admin/pengguna/[id=id] simpan': { allow: ADMIN },
	'/admin/pengguna/[id=id] aktifkan': { allow: ADMIN },
	'/admin/pengguna/[id=id] nonaktifkan': { allow: ADMIN },
	// A Dinas manages kepala accounts of its own panti only; the account page is the target head's.
	'/kepala-panti load': { allow: STAFF },
	'/kepala-panti buat': { allow: STAFF },
	'/kepala-panti/[id=id] load': { allow: SCOPE },
	'/kepala-panti/[id=id] reset': { allow: SCOPE },
	'/panti load': {
		allow: STAFF.concat('lead', 'asesorOther'),
		elsewhere: ['headOwn', 'headOther']
	},
	'/panti/baru load': { allow: STAFF },
	'/panti/baru default': { allow: STAFF },
	'/panti/impor load': { allow: STAFF },
	'/panti/impor pratinjau': { allow: STAFF },
	'/panti/impor simpan': { allow: STAFF },
	'/panti/impor/templat.csv GET': { allow: STAFF },
	'/panti/ekspor.csv GET': { allow: STAFF.concat('lead', 'asesorOther') },
	'/panti/bandingkan load': { allow: SCOPE },
	'/panti/bandingkan.csv GET': { allow: SCOPE },
	'/panti/[id=id] load': { allow: VIEWERS },
	'/panti/[id=id] mandiri': { allow: ['headOwn'] },
	'/panti/[id=id]/ubah load': { allow: SCOPE },
	'/panti/[id=id]/ubah default': { allow: SCOPE },
	'/panti/[id=id]/riwayat load': { allow: SCOPE },
	'/panti/[id=id]/rencana load': { allow: VIEWERS },
	'/penilaian load': { allow: ALL_SIGNED_IN },
	'/penilaian/baru load': { allow: SCOPE },
	'/penilaian/baru default': { allow: SCOPE },
	'/penilaian/[id=id] load': { allow: VIEWERS },
	'/penilaian/[id=id] ajukan': { allow: ['lead'] },
	'/penilaian/[id=id] cabut': { allow: ADMIN },
	'/penilaian/[id=id]/nilai load': { allow: ['lead'] },
	'/penilaian/[id=id]/nilai profil': { allow: ['lead'] },
	'/penilaian/[id=id]/deklarasi load': { allow: ['lead'] },
	'/penilaian/[id=id]/deklarasi default': { allow: ['lead'] },
	'/penilaian/[id=id]/konsolidasi load': { allow: ['lead'] },
	'/penilaian/[id=id]/konsolidasi default': { allow: ['lead'] },
	// The visit record: everyone who may see the visit reads it; only its lead writes it.
	'/penilaian/[id=id]/kunjungan load': { allow: VIEWERS },
	'/penilaian/[id=id]/kunjungan default': { allow: ['lead'] },
	// The team: only the Dinas of the scope and admin change it.
	'/penilaian/[id=id]/tim load': { allow: SCOPE },
	'/penilaian/[id=id]/tim default': { allow: SCOPE },
	'/penilaian/[id=id]/tinjau load': { allow: SCOPE },
	'/penilaian/[id=id]/tinjau kembalikan': { allow: SCOPE },
	'/penilaian/[id=id]/tinjau finalkan': { allow: SCOPE },
	'/penilaian/[id=id]/hasil load': { allow: VIEWERS },
	'/penilaian/[id=id]/riwayat load': { allow: VIEWERS },
	'/penilaian/[id=id]/laporan.pdf GET': { allow: VIEWERS },
	'/penilaian/[id=id]/sertifikat.pdf GET': { allow: VIEWERS },
	'/penilaian/[id=id]/rencana-perbaikan.pdf GET': { allow: VIEWERS },
	'/api/penilaian/[id=id]/skor POST': { allow: ['lead'] },
	'/api/penilaian/[id=id]/bukti POST': { allow: ['lead'] },
	'/api/bukti/[id=id] GET': { allow: VIEWERS },
	'/rencana load': { allow: STAFF, elsewhere: ['headOwn', 'headOther'] },
	'/rencana/[id=id] load': { allow: VIEWERS },
	'/rencana/[id=id] simpan': { allow: SCOPE.concat('headOwn') },
	'/rencana/[id=id] tetapkan': { allow: SCOPE.concat('headOwn') },
	// Called on Kutai Timur's agenda (`?wilayah=64.08`): its Dinas keeps it; the province Dinas and
	// admin follow it read-only; another province's Dinas is told it does not exist.
	'/agenda load': { allow: SCOPE },
	'/agenda simpan': { allow: ['dinasRegency'] },
	'/rubrik load': { allow: ALL_SIGNED_IN },
	'/rubrik/bandingkan load': { allow: ALL_SIGNED_IN },
	'/rubrik/[id=id] load': { allow: ALL_SIGNED_IN },
	'/rubrik/instrumen/[id=id] load': { allow: ALL_SIGNED_IN },
	'/verifikasi load': { allow: EVERYONE },
	'/verifikasi/[kode] load': { allow: EVERYONE }
};
