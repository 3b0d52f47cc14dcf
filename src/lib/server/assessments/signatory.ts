import { eq } from 'drizzle-orm';
import type { Signatory } from '$lib/domain/users/signatory';
import type { Queryable } from '../db';
import { regions, users } from '../db/schema';

/**
 * The reviewer's profile as the certificate's signatory block prints it: read inside the
 * finalizing transaction and frozen with the accreditation.
 */
export function signatoryOf(db: Queryable, userId: number): Signatory {
	const row = db
		.select({
			name: users.name,
			nip: users.nip,
			position: users.position,
			place: regions.name
		})
		.from(users)
		.leftJoin(regions, eq(regions.code, users.regionCode))
		.where(eq(users.id, userId))
		.get()!;
	return { name: row.name, nip: row.nip, position: row.position, place: row.place };
}
