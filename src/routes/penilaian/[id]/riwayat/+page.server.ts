import { error } from '@sveltejs/kit';
import { diffSnapshots } from '$lib/domain/diff';
import { assessmentAccess } from '$lib/server/assessments/access';
import { auditTrail } from '$lib/server/audit-read';
import { getDb } from '$lib/server/db/connection';
import { idParam, requireUser } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

/** The `code` field of an audited value, when it has one. */
function codeOf(value: unknown): string | null {
	return typeof value === 'object' &&
		value !== null &&
		'code' in value &&
		typeof value.code === 'string'
		? value.code
		: null;
}

export const load = (({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const db = getDb();
	const access = assessmentAccess(db, user, idParam(params.id));
	if (!access) error(404, 'Penilaian tidak ditemukan.');
	const entries = auditTrail(db, 'assessment', access.assessment.id, 1000).map((e) => ({
		id: e.id,
		at: e.at,
		action: e.action,
		userName: e.userName ?? 'Sistem',
		/** The indicator a score entry concerns (its code is the same before and after). */
		subject: codeOf(e.after ?? e.before),
		changes: diffSnapshots(e.before ?? {}, e.after ?? {})
	}));
	return { assessment: { id: access.assessment.id, pantiName: access.pantiName }, entries };
}) satisfies PageServerLoad;
