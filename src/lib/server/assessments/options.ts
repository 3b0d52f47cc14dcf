import type { Queryable } from '../db';
import { currentInstrumentVersions } from '../rubrics/read';
import { assignableAssessors } from './team';

/**
 * What the "new assessment" form offers: the current instrument versions and the active assessors
 * who may be assigned to this panti (see assignmentBars).
 */
export function assessmentOptions(db: Queryable, pantiId: number, now: Date) {
	return {
		instruments: currentInstrumentVersions(db).map((i) => ({
			id: i.id,
			label: `${i.title} v${i.version}`
		})),
		assessors: assignableAssessors(db, pantiId, now)
	};
}
