import type { Queryable } from './db';
import { auditLog } from './db/schema';

export interface AuditEntry {
	userId: number | null;
	action: string;
	entityType: string;
	entityId: string | number;
	before?: unknown;
	after?: unknown;
}

/** Appends one entry to the audit log; call inside the transaction that makes the change. */
export function audit(db: Queryable, entry: AuditEntry): void {
	db.insert(auditLog)
		.values({
			userId: entry.userId,
			action: entry.action,
			entityType: entry.entityType,
			entityId: String(entry.entityId),
			before: entry.before ?? null,
			after: entry.after ?? null
		})
		.run();
}
