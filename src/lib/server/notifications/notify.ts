/**
 * Writes an event's notices (design.md §9a, issue 19) inside the event's own transaction, so a
 * notice exists exactly when its event does, and queues their mail for those who asked for it.
 */
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { NoticeEvent, PantiRef, Person } from '$lib/domain/notifications/rules';
import { notices } from '$lib/domain/notifications/rules';
import { provinceOf } from '$lib/domain/access';
import { zoneOfRegion } from '$lib/domain/time-zone';
import type { Queryable } from '../db';
import { emailOutbox, notifications, panti, users } from '../db/schema';
import { mailConfig, type MailConfig } from '../mail/config';
import { mailOf } from '../mail/compose';

/** The panti as notices name it. */
export function pantiRef(db: Queryable, pantiId: number): PantiRef {
	const p = db
		.select({ id: panti.id, name: panti.name, regionCode: panti.regionCode })
		.from(panti)
		.where(eq(panti.id, pantiId))
		.get()!;
	return { ...p, zone: zoneOfRegion(p.regionCode) };
}

/** The active accounts an event might tell: its team, the panti's heads, the Dinas over it. */
function candidates(db: Queryable, event: NoticeEvent) {
	const team =
		event.kind === 'assigned'
			? event.added.map((a) => a.userId)
			: 'teamIds' in event
				? [...event.teamIds]
				: [];
	const region = event.panti.regionCode;
	return (
		db
			.select({
				id: users.id,
				role: users.role,
				regionCode: users.regionCode,
				pantiId: users.pantiId,
				email: users.email,
				emailKinds: users.emailKinds
			})
			.from(users)
			.where(
				and(
					eq(users.active, true),
					or(
						team.length ? inArray(users.id, team) : undefined,
						and(eq(users.role, 'panti'), eq(users.pantiId, event.panti.id)),
						and(eq(users.role, 'dinas'), inArray(users.regionCode, [region, provinceOf(region)]))
					)
				)
			)
			// A stable order (whatever index the query takes): notices and mails are written in it.
			.orderBy(asc(users.id))
			.all()
	);
}

/** Writes the event's notices (each at most once per reader and thing); how many were new. */
export function notify(
	tx: Queryable,
	event: NoticeEvent,
	mail: MailConfig | null = mailConfig(),
	/** When the event happened: the notice is dated then. */
	now: Date = new Date()
): number {
	const createdAt = now.toISOString();
	const people = candidates(tx, event);
	const byId = new Map(people.map((p) => [p.id, p]));
	let written = 0;
	for (const n of notices(event, people satisfies Person[])) {
		const row = tx
			.insert(notifications)
			.values({ ...n, createdAt })
			.onConflictDoNothing()
			.returning({ id: notifications.id })
			.get();
		if (!row) continue;
		written++;
		const reader = byId.get(n.userId)!;
		if (mail && reader.email && reader.emailKinds.includes(n.kind))
			tx.insert(emailOutbox)
				.values({
					notificationId: row.id,
					toAddress: reader.email,
					...mailOf(n, mail),
					createdAt,
					nextAttemptAt: createdAt
				})
				.run();
	}
	return written;
}
