import { describe, expect, it } from 'vitest';
import { notifications } from '../db/schema';
import { inbox, INBOX_PAGE, markAllRead, openNotice, unreadCount } from './inbox';
import { addAsesor, withCatalog } from '../../../../tests/support/world';

const NOW = new Date('2026-12-03T02:00:00Z');

function world() {
	const db = withCatalog();
	const rina = addAsesor(db, 'rina');
	const budi = addAsesor(db, 'budi');
	const add = (userId: number, n: number) =>
		db
			.insert(notifications)
			.values({
				userId,
				kind: 'assigned',
				title: `Anda ditugaskan menilai Panti ${n}`,
				link: `/penilaian/${n}`,
				dedupeKey: `assigned:${n}`
			})
			.returning({ id: notifications.id })
			.get().id;
	return { db, rina, budi, add };
}

describe('the inbox', () => {
	it('counts, lists newest first and pages without shifting when a notice arrives', () => {
		const { db, rina, budi, add } = world();
		for (let n = 1; n <= INBOX_PAGE + 2; n++) add(rina.id, n);
		add(budi.id, 99);
		expect(unreadCount(db, rina.id)).toBe(INBOX_PAGE + 2);
		const first = inbox(db, rina.id);
		expect(first.more).toBe(true);
		expect(first.notices[0]!.title).toBe(`Anda ditugaskan menilai Panti ${INBOX_PAGE + 2}`);
		add(rina.id, 100);
		const second = inbox(db, rina.id, { before: first.notices.at(-1)!.id });
		expect(second.notices.map((n) => n.link)).toEqual(['/penilaian/2', '/penilaian/1']);
		expect(second.more).toBe(false);
	});

	it('opens only the reader’s own notices, marking them read', () => {
		const { db, rina, budi, add } = world();
		const mine = add(rina.id, 1);
		const theirs = add(budi.id, 2);
		expect(openNotice(db, rina.id, theirs, NOW)).toBeNull();
		expect(unreadCount(db, budi.id)).toBe(1);
		expect(openNotice(db, rina.id, mine, NOW)).toBe('/penilaian/1');
		expect(unreadCount(db, rina.id)).toBe(0);
		expect(inbox(db, rina.id, { unreadOnly: true }).notices).toEqual([]);
	});

	it('marks all of the reader’s notices read, and nobody else’s', () => {
		const { db, rina, budi, add } = world();
		add(rina.id, 1);
		add(rina.id, 2);
		add(budi.id, 3);
		expect(markAllRead(db, rina.id, NOW)).toBe(2);
		expect([unreadCount(db, rina.id), unreadCount(db, budi.id)]).toEqual([0, 1]);
	});
});
