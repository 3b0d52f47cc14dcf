/** Test helpers: an in-memory database with migrations and reference data, and a few actors. */
import type { Actor } from '$lib/domain/access';
import { openTestDb, type Db } from '$lib/server/db';
import { ensureReferenceData } from '$lib/server/db/reference';
import { users } from '$lib/server/db/schema';

export function testDb(): Db {
	const db = openTestDb();
	ensureReferenceData(db);
	return db;
}

/** Inserts a user row (with an unusable hash) and returns it as an actor. */
export function addUser(db: Db, actor: Omit<Actor, 'id'> & { username: string }): Actor {
	const row = db
		.insert(users)
		.values({
			username: actor.username,
			name: actor.username,
			role: actor.role,
			regionCode: actor.regionCode,
			pantiId: actor.pantiId,
			// Reviewers sign certificates: they need a NIP and a jabatan to finalize.
			...(actor.role === 'dinas' || actor.role === 'admin'
				? { nip: '198001012005011001', position: `Kepala Dinas Sosial (${actor.username})` }
				: {}),
			passwordHash: 'x'
		})
		.returning({ id: users.id })
		.get();
	return { id: row.id, role: actor.role, regionCode: actor.regionCode, pantiId: actor.pantiId };
}

/** A complete, valid panti form as the browser would post it. */
export function validPantiForm(overrides: Record<string, string | string[]> = {}): FormData {
	const fields: Record<string, string | string[]> = {
		name: 'LKSA Uji Coba',
		type: 'anak',
		ownership: 'masyarakat',
		address: 'Jl. Contoh No. 1',
		regionCode: '64.08',
		latitude: '0.55',
		longitude: '117.6',
		capacity: '40',
		currentClients: '35',
		staffPimpinan: '2',
		staffOperasional: '6',
		staffPenunjang: '5',
		'staff.pekerja_sosial': '3',
		'staff.pengasuh': '6',
		pmks: ['anak-terlantar'],
		'legal.izin_operasional.number': 'IO/1/2024',
		'legal.izin_operasional.issuedOn': '2024-01-10',
		'legal.izin_operasional.expiresOn': '2029-01-10',
		'legal.npwp.number': '01.234.567.8-901.000',
		...overrides
	};
	const data = new FormData();
	for (const [k, v] of Object.entries(fields))
		for (const item of Array.isArray(v) ? v : [v]) data.append(k, item);
	return data;
}
