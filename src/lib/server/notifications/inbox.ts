/**
 * A user's inbox (issue 19): their own notices only — every read and write is keyed by the
 * signed-in user, so another user's notice id is simply not found.
 */
import { and, count, desc, eq, isNull, lt } from 'drizzle-orm';
import type { Queryable } from '../db';
import { notifications } from '../db/schema';

/** Notices per page of the inbox. */
export const INBOX_PAGE = 30;

export function unreadCount(db: Queryable, userId: number): number {
	return db
		.select({ n: count() })
		.from(notifications)
		.where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
		.get()!.n;
}

/**
 * Newest first, `INBOX_PAGE` at a time: `before` is the last id of the previous page (ids grow
 * with time), so a notice arriving meanwhile never shifts a page.
 */
export function inbox(
	db: Queryable,
	userId: number,
	{ unreadOnly = false, before }: { unreadOnly?: boolean; before?: number } = {}
) {
	const rows = db
		.select({
			id: notifications.id,
			kind: notifications.kind,
			title: notifications.title,
			body: notifications.body,
			link: notifications.link,
			zone: notifications.zone,
			createdAt: notifications.createdAt,
			readAt: notifications.readAt
		})
		.from(notifications)
		.where(
			and(
				eq(notifications.userId, userId),
				unreadOnly ? isNull(notifications.readAt) : undefined,
				before ? lt(notifications.id, before) : undefined
			)
		)
		.orderBy(desc(notifications.id))
		.limit(INBOX_PAGE + 1)
		.all();
	return { notices: rows.slice(0, INBOX_PAGE), more: rows.length > INBOX_PAGE };
}

/** Marks one of the user's notices read; its link, or null when it is not theirs. */
export function openNotice(db: Queryable, userId: number, id: number, now: Date): string | null {
	const row = db
		.select({ link: notifications.link, readAt: notifications.readAt })
		.from(notifications)
		.where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
		.get();
	if (!row) return null;
	if (!row.readAt)
		db.update(notifications)
			.set({ readAt: now.toISOString() })
			.where(eq(notifications.id, id))
			.run();
	return row.link;
}

/** Marks every unread notice of the user read; how many. */
export function markAllRead(db: Queryable, userId: number, now: Date): number {
	return db
		.update(notifications)
		.set({ readAt: now.toISOString() })
		.where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
		.run().changes;
}
