/**
 * Who is told what (design.md §9a, issue 19). Pure: an event and the people who might be told in,
 * notices out. Each recipient is checked against the same access rules the pages enforce, so a
 * notice never names a panti its reader may not see, and a revocation's reason reaches only those
 * who may read it.
 */
import { assessmentInScope, canViewPanti, dinasOver, type Actor } from '../access';
import type { Grade } from '../rubric/vocabulary';
import type { Zone } from '../time-zone';
import type { NoticeKind } from './kinds';
import { content } from './texts';

/** A user who might be told: active accounts only. */
export type Person = Actor;

export interface PantiRef {
	readonly id: number;
	readonly name: string;
	readonly regionCode: string;
	readonly zone: Zone;
}

/** Months before an accreditation ends that its panti and Dinas are told (as the dashboard). */
export const EXPIRING_MONTHS = 6;

export type NoticeEvent =
	| {
			readonly kind: 'assigned';
			readonly assessmentId: number;
			readonly panti: PantiRef;
			/** Who was put on the team now, with their seat. */
			readonly added: readonly { readonly userId: number; readonly lead: boolean }[];
			readonly plannedDate: string | null;
	  }
	| {
			readonly kind: 'returned';
			readonly assessmentId: number;
			readonly panti: PantiRef;
			readonly teamIds: readonly number[];
			readonly reason: string;
			readonly at: string;
	  }
	| {
			readonly kind: 'submitted';
			readonly assessmentId: number;
			readonly panti: PantiRef;
			readonly at: string;
	  }
	| {
			readonly kind: 'finalized';
			readonly assessmentId: number;
			readonly panti: PantiRef;
			readonly teamIds: readonly number[];
			readonly grade: Grade;
			readonly validUntil: string | null;
	  }
	| {
			readonly kind: 'certificate-revoked';
			readonly assessmentId: number;
			readonly panti: PantiRef;
			readonly teamIds: readonly number[];
			readonly reason: string;
			readonly at: string;
	  }
	| {
			readonly kind: 'plan-due';
			readonly planId: number;
			readonly panti: PantiRef;
			readonly overdue: number;
			readonly dueSoon: number;
			/** The day the daily job ran (`YYYY-MM-DD`, the panti's zone). */
			readonly day: string;
	  }
	| {
			readonly kind: 'accreditation-expiring';
			readonly assessmentId: number;
			readonly panti: PantiRef;
			readonly validUntil: string;
	  }
	| {
			readonly kind: 'document-expiring';
			readonly documentId: number;
			readonly panti: PantiRef;
			readonly documentLabel: string;
			readonly expiresOn: string;
			readonly expired: boolean;
	  };

export interface Notice {
	readonly userId: number;
	readonly kind: NoticeKind;
	readonly title: string;
	readonly body: string;
	readonly link: string;
	readonly zone: Zone;
	readonly dedupeKey: string;
}

const kepalaOf = (people: readonly Person[], pantiId: number) =>
	people.filter((p) => p.role === 'panti' && p.pantiId === pantiId);
const dinasOf = (people: readonly Person[], regionCode: string) =>
	people.filter((p) => dinasOver(p, regionCode));
const byIds = (people: readonly Person[], ids: readonly number[]) =>
	people.filter((p) => ids.includes(p.id));

/** The people an event tells, each at most once, in the order given. */
function audience(event: NoticeEvent, people: readonly Person[]): Person[] {
	const { panti } = event;
	switch (event.kind) {
		case 'assigned':
			return byIds(
				people,
				event.added.map((a) => a.userId)
			);
		case 'returned':
			return byIds(people, event.teamIds);
		case 'submitted':
			return dinasOf(people, panti.regionCode);
		case 'finalized':
			return [...kepalaOf(people, panti.id), ...byIds(people, event.teamIds)];
		case 'certificate-revoked':
			return [
				...kepalaOf(people, panti.id),
				...dinasOf(people, panti.regionCode),
				...byIds(people, event.teamIds)
			];
		case 'plan-due':
		case 'accreditation-expiring':
		case 'document-expiring':
			return [...kepalaOf(people, panti.id), ...dinasOf(people, panti.regionCode)];
	}
}

/** Whether the reader may open what the notice is about (a team member of an assessment: yes). */
function maySee(p: Person, event: NoticeEvent, onTeam: boolean): boolean {
	const scope = {
		pantiId: event.panti.id,
		regionCode: event.panti.regionCode,
		kind: 'visit' as const
	};
	return 'assessmentId' in event
		? assessmentInScope(p, scope, onTeam)
		: canViewPanti(p, event.panti);
}

function teamOf(event: NoticeEvent): readonly number[] {
	if (event.kind === 'assigned') return event.added.map((a) => a.userId);
	return 'teamIds' in event ? event.teamIds : [];
}

/**
 * The notices an event writes, one per reader.
 * @example notices({ kind: 'submitted', … panti in 64.08 }, [dinas 64.08, dinas 64, dinas 63.01])
 *   // two notices: the kab/kota's and the province's Dinas
 */
export function notices(event: NoticeEvent, people: readonly Person[]): Notice[] {
	const team = teamOf(event);
	const seen = new Set<number>();
	const out: Notice[] = [];
	for (const p of audience(event, people)) {
		if (seen.has(p.id) || !maySee(p, event, team.includes(p.id))) continue;
		seen.add(p.id);
		out.push({ userId: p.id, kind: event.kind, zone: event.panti.zone, ...content(event, p) });
	}
	return out;
}
