import { diffSnapshots } from '$lib/domain/diff';
import { loadAssessment } from '$lib/server/assessments/load';
import { auditTrail } from '$lib/server/audit-read';
import type { PageServerLoad } from './$types';
import { zoneOfRegion } from '$lib/domain/time-zone';

/** The `code` field of an audited value, when it has one. */
function codeOf(value: unknown): string | null {
	return typeof value === 'object' &&
		value !== null &&
		'code' in value &&
		typeof value.code === 'string'
		? value.code
		: null;
}

export const load = ((event) => {
	const { db, access } = loadAssessment(event);
	const entries = auditTrail(db, 'assessment', access.assessment.id, 1000).map((e) => ({
		id: e.id,
		at: e.at,
		action: e.action,
		userName: e.userName ?? 'Sistem',
		/** The indicator a score entry concerns (its code is the same before and after). */
		subject: codeOf(e.after ?? e.before),
		changes: diffSnapshots(e.before ?? {}, e.after ?? {})
	}));
	return {
		assessment: { id: access.assessment.id, pantiName: access.pantiName },
		entries,
		zone: zoneOfRegion(access.regionCode)
	};
}) satisfies PageServerLoad;
