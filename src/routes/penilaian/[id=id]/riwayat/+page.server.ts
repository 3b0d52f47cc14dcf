import { diffSnapshots } from '$lib/domain/diff';
import { loadAssessment } from '$lib/server/assessments/load';
import { auditTrail } from '$lib/server/audit-read';
import type { PageServerLoad } from './$types';

export const load = ((event) => {
	const { db, access } = loadAssessment(event);
	const entries = auditTrail(db, 'assessment', access.assessment.id, 1000).map((e) => ({
		id: e.id,
		at: e.at,
		action: e.action,
		userName: e.userName ?? 'Sistem',
		/** The indicator a score entry concerns (its code is the same before and after). */
		subject: ((e.after ?? e.before) as { code?: string } | null)?.code ?? null,
		changes: diffSnapshots(e.before ?? {}, e.after ?? {})
	}));
	return { assessment: { id: access.assessment.id, pantiName: access.pantiName }, entries };
}) satisfies PageServerLoad;
