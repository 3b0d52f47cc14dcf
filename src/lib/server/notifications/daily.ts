/**
 * The daily notices (issue 19): plan actions due within 14 days or overdue, accreditations ending
 * within 6 months, legal documents ending. Idempotent: a thing already told about is marked (or its
 * notice's key already exists), so running it again the same day, or after a restart, tells no one
 * twice. Each panti's "today" is the date in its own zone.
 */
import { and, eq, inArray, isNotNull, isNull, lte, ne } from 'drizzle-orm';
import { addDays, addMonths } from '$lib/domain/dates';
import { EXPIRING_MONTHS } from '$lib/domain/notifications/rules';
import { DUE_SOON_DAYS } from '$lib/domain/notifications/texts';
import { EXPIRING_DOCUMENTS, LEGAL_DOCUMENT_LABELS } from '$lib/domain/panti/types';
import { localDate, zoneOfRegion } from '$lib/domain/time-zone';
import type { Db, Queryable } from '../db';
import {
	improvementActions,
	improvementPlans,
	noticeMarks,
	panti,
	pantiLegalDocuments
} from '../db/schema';
import { latest, LATEST_ACCREDITATION_ID } from '../latest-accreditation';
import { mailConfig } from '../mail/config';
import { notify, pantiRef } from './notify';

const todayOf = (regionCode: string, now: Date) => localDate(now, zoneOfRegion(regionCode));
/** The latest "today" in Indonesia (WIT): no panti's window ends after it plus the horizon. */
const latestToday = (now: Date) => localDate(now, 'WIT');

/** `keys` not marked yet. */
function unmarked(tx: Queryable, keys: readonly string[]): string[] {
	if (!keys.length) return [];
	const seen = new Set(
		tx
			.select({ key: noticeMarks.key })
			.from(noticeMarks)
			.where(inArray(noticeMarks.key, [...keys]))
			.all()
			.map((m) => m.key)
	);
	return keys.filter((k) => !seen.has(k));
}

function mark(tx: Queryable, keys: readonly string[]): void {
	for (const key of keys) tx.insert(noticeMarks).values({ key }).onConflictDoNothing().run();
}

function planDue(tx: Queryable, now: Date): number {
	const rows = tx
		.select({
			id: improvementActions.id,
			planId: improvementActions.planId,
			dueDate: improvementActions.dueDate,
			pantiId: improvementPlans.pantiId,
			regionCode: panti.regionCode
		})
		.from(improvementActions)
		.innerJoin(improvementPlans, eq(improvementPlans.id, improvementActions.planId))
		.innerJoin(panti, eq(panti.id, improvementPlans.pantiId))
		.where(
			and(
				isNull(improvementPlans.supersededAt),
				// A self-assessment's plan is the head's own, indicative work: nobody is chased for it.
				eq(improvementPlans.indicative, false),
				ne(improvementActions.status, 'selesai'),
				isNotNull(improvementActions.dueDate),
				lte(improvementActions.dueDate, addDays(latestToday(now), DUE_SOON_DAYS))
			)
		)
		.all();
	const plans = new Map<number, typeof rows>();
	for (const r of rows) plans.set(r.planId, [...(plans.get(r.planId) ?? []), r]);
	let written = 0;
	for (const [planId, actions] of plans) {
		const today = todayOf(actions[0]!.regionCode, now);
		const due = actions.filter((a) => a.dueDate! <= addDays(today, DUE_SOON_DAYS));
		const overdue = due.filter((a) => a.dueDate! < today);
		const keys = due.map(
			(a) => `action-${a.dueDate! < today ? 'overdue' : 'due'}:${a.id}:${a.dueDate}`
		);
		// Told again only when an action newly falls due or overdue (or its due date moves). The
		// marks are set only once a notice went out: a plan already told today keeps its new keys
		// for tomorrow's notice.
		const fresh = unmarked(tx, keys);
		if (!fresh.length) continue;
		const told = notify(
			tx,
			{
				kind: 'plan-due',
				planId,
				panti: pantiRef(tx, actions[0]!.pantiId),
				overdue: overdue.length,
				dueSoon: due.length - overdue.length,
				day: today
			},
			mailConfig(),
			now
		);
		if (told) mark(tx, fresh);
		written += told;
	}
	return written;
}

function accreditationsEnding(tx: Queryable, now: Date): number {
	const rows = tx
		.select({
			pantiId: panti.id,
			regionCode: panti.regionCode,
			id: latest.id,
			validUntil: latest.validUntil
		})
		.from(panti)
		.innerJoin(latest, eq(latest.id, LATEST_ACCREDITATION_ID))
		.where(
			and(
				isNotNull(latest.validUntil),
				lte(latest.validUntil, addMonths(latestToday(now), EXPIRING_MONTHS))
			)
		)
		.all();
	let written = 0;
	for (const r of rows) {
		const today = todayOf(r.regionCode, now);
		if (r.validUntil! < today || r.validUntil! > addMonths(today, EXPIRING_MONTHS)) continue;
		// Told once: the hourly runs skip it without asking who would be told.
		const key = `accreditation-expiring:${r.id}`;
		if (!unmarked(tx, [key]).length) continue;
		mark(tx, [key]);
		written += notify(
			tx,
			{
				kind: 'accreditation-expiring',
				assessmentId: r.id,
				panti: pantiRef(tx, r.pantiId),
				validUntil: r.validUntil!
			},
			mailConfig(),
			now
		);
	}
	return written;
}

function documentsEnding(tx: Queryable, now: Date): number {
	const rows = tx
		.select({
			id: pantiLegalDocuments.id,
			kind: pantiLegalDocuments.kind,
			expiresOn: pantiLegalDocuments.expiresOn,
			pantiId: panti.id,
			regionCode: panti.regionCode
		})
		.from(pantiLegalDocuments)
		.innerJoin(panti, eq(panti.id, pantiLegalDocuments.pantiId))
		.where(
			and(
				inArray(pantiLegalDocuments.kind, [...EXPIRING_DOCUMENTS]),
				isNotNull(pantiLegalDocuments.expiresOn),
				lte(pantiLegalDocuments.expiresOn, addMonths(latestToday(now), EXPIRING_MONTHS))
			)
		)
		.all();
	let written = 0;
	for (const r of rows) {
		const today = todayOf(r.regionCode, now);
		if (r.expiresOn! > addMonths(today, EXPIRING_MONTHS)) continue;
		// Told once while ending and once ended: every expired document is not re-read each hour.
		const key = `document-expiring:${r.id}:${r.expiresOn}${r.expiresOn! < today ? ':lewat' : ''}`;
		if (!unmarked(tx, [key]).length) continue;
		mark(tx, [key]);
		written += notify(
			tx,
			{
				kind: 'document-expiring',
				documentId: r.id,
				panti: pantiRef(tx, r.pantiId),
				documentLabel: LEGAL_DOCUMENT_LABELS[r.kind],
				expiresOn: r.expiresOn!,
				expired: r.expiresOn! < today
			},
			mailConfig(),
			now
		);
	}
	return written;
}

/** One run of the daily job, in one transaction; how many notices it wrote. */
export function runDailyNotices(db: Db, now = new Date()): number {
	return db.transaction(
		(tx) => planDue(tx, now) + accreditationsEnding(tx, now) + documentsEnding(tx, now)
	);
}
