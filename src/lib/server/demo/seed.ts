import { sql } from 'drizzle-orm';
import { PROFESSIONS } from '$lib/domain/panti/types';
import { hashPassword } from '../auth/password';
import { audit } from '../audit';
import type { Db } from '../db/index';
import { panti, pantiLegalDocuments, pantiPmks, pantiStaff, users } from '../db/schema';
import { DEMO_PASSWORD, DEMO_USERS, demoPanti } from './data';

/** True when the database has no users yet: the only time the demo world is created. */
export function isEmpty(db: Db): boolean {
	return (
		(db
			.select({ n: sql<number>`count(*)` })
			.from(users)
			.get()?.n ?? 0) === 0
	);
}

/** Creates the demo panti and accounts in one transaction (all or nothing). */
export async function seedDemo(db: Db): Promise<{ panti: number; users: number }> {
	const hashes = await Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));
	const rows = demoPanti();
	db.transaction((tx) => {
		const ids: number[] = [];
		for (const p of rows) {
			const { id } = tx
				.insert(panti)
				.values({
					name: p.name,
					type: p.type,
					ownership: p.ownership,
					address: p.address,
					regionCode: p.regionCode,
					latitude: p.latitude,
					longitude: p.longitude,
					capacity: p.capacity,
					currentClients: p.currentClients,
					staffPimpinan: p.staffPimpinan,
					staffOperasional: p.staffOperasional,
					staffPenunjang: p.staffPenunjang
				})
				.returning({ id: panti.id })
				.get();
			ids.push(id);
			for (const profession of PROFESSIONS) {
				const count = p.staff[profession] ?? 0;
				if (count > 0) tx.insert(pantiStaff).values({ pantiId: id, profession, count }).run();
			}
			for (const pmksCode of p.pmks) tx.insert(pantiPmks).values({ pantiId: id, pmksCode }).run();
			for (const doc of p.legal)
				tx.insert(pantiLegalDocuments)
					.values({ pantiId: id, ...doc })
					.run();
			audit(tx, {
				userId: null,
				action: 'panti.create',
				entityType: 'panti',
				entityId: id,
				after: { source: 'demo', name: p.name }
			});
		}
		DEMO_USERS.forEach((u, k) => {
			tx.insert(users)
				.values({
					username: u.username,
					name: u.name,
					role: u.role,
					regionCode: u.regionCode ?? null,
					pantiId: u.pantiIndex === undefined ? null : ids[u.pantiIndex]!,
					nip: u.nip ?? null,
					position: u.position ?? null,
					passwordHash: hashes[k]!
				})
				.run();
		});
	});
	return { panti: rows.length, users: DEMO_USERS.length };
}
