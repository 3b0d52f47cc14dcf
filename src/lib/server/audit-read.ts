import { and, desc, eq } from 'drizzle-orm';
import type { Queryable } from './db';
import { auditLog, users } from './db/schema';

/** The history of one entity, newest first, with who made each change. */
export function auditTrail(
	db: Queryable,
	entityType: string,
	entityId: string | number,
	limit = 200
) {
	return db
		.select({
			id: auditLog.id,
			at: auditLog.at,
			action: auditLog.action,
			before: auditLog.before,
			after: auditLog.after,
			userName: users.name
		})
		.from(auditLog)
		.leftJoin(users, eq(users.id, auditLog.userId))
		.where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(entityId))))
		.orderBy(desc(auditLog.id))
		.limit(limit)
		.all();
}
