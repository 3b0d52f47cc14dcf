/**
 * The demo's visit records: every demo visit is submitted, so each needs the record the lead
 * enters (dates and who was present). Plausible and deterministic: some visits take two days.
 */
import type { VisitRecord } from '$lib/domain/assessment/review';
import type { Actor } from '$lib/domain/access';
import type { Db } from '../db/index';
import { assessmentAccess } from '../assessments/access';
import { saveVisitRecord } from '../assessments/visit-record';

const HEADS = ['Ibu Sri Mulyani', 'Bapak Yohanes Laiyan', 'Ibu Ratna Dewi', 'Bapak Ahmad Fauzi'];
const STAFF = ['Siti Rahmawati', 'Dedi Kurniawan', 'Maria Goreti', 'Rudi Hartono'];

/** Records the visit for the lead, dated `visitOn` (two days for every third visit). */
export function recordDemoVisit(
	db: Db,
	lead: Actor,
	id: number,
	visitOn: string,
	ordinal: number,
	at: Date
): { ok: boolean } {
	const access = assessmentAccess(db, lead, id)!;
	const twoDays = ordinal % 3 === 0;
	const endedOn = twoDays
		? new Date(Date.parse(visitOn + 'T00:00:00Z') + 86_400_000).toISOString().slice(0, 10)
		: visitOn;
	const record: VisitRecord = {
		startedOn: visitOn,
		endedOn,
		present: [
			{ name: HEADS[ordinal % HEADS.length]!, position: 'Kepala panti' },
			{ name: STAFF[ordinal % STAFF.length]!, position: 'Pekerja sosial' }
		],
		teamPresent: [lead.id]
	};
	return saveVisitRecord(db, lead, access, access.assessment.version, record, at);
}
