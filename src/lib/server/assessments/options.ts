import { and, asc, eq } from 'drizzle-orm';
import type { Queryable } from '../db';
import { users } from '../db/schema';
import { currentInstrumentVersions } from '../rubrics/read';

/** What the "new assessment" form offers: the current instrument versions and active assessors. */
export function assessmentOptions(db: Queryable) {
	return {
		instruments: currentInstrumentVersions(db).map((i) => ({
			id: i.id,
			label: `${i.title} v${i.version}`
		})),
		assessors: db
			.select({ id: users.id, name: users.name })
			.from(users)
			.where(and(eq(users.role, 'asesor'), eq(users.active, true)))
			.orderBy(asc(users.name))
			.all()
	};
}
