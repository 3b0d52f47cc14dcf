import { asc, eq } from 'drizzle-orm';
import { computedLevel } from '$lib/domain/engine';
import type { Queryable } from '../db';
import { assessmentTeam, users } from '../db/schema';
import { instrumentFor, getInstrumentVersion } from '../rubrics/read';
import type { AssessmentAccess } from './access';

export function teamOf(db: Queryable, assessmentId: number) {
	return db
		.select({ id: users.id, name: users.name, role: assessmentTeam.role })
		.from(assessmentTeam)
		.innerJoin(users, eq(users.id, assessmentTeam.userId))
		.where(eq(assessmentTeam.assessmentId, assessmentId))
		.orderBy(asc(assessmentTeam.role), asc(users.name))
		.all();
}

/**
 * What the scoring page needs: the two rubrics and the instrument's grading rules (so the client
 * can rebuild the same form and score live), the profile snapshot and computed suggestions.
 */
export function scoringModel(db: Queryable, access: AssessmentAccess) {
	const type = access.pantiType;
	const form = instrumentFor(db, access.assessment.instrumentVersionId, type);
	const ins = getInstrumentVersion(db, access.assessment.instrumentVersionId);
	if (!form || !ins) return null;
	const snapshot = access.assessment.profileSnapshot;
	const suggestions: Record<string, number> = {};
	for (const ind of form.indicators) {
		// Every assessment snapshots its panti's profile at creation; without one nothing is computed.
		const level = snapshot && computedLevel(ind.indicator, ind.max, snapshot);
		if (level !== null) suggestions[ind.code] = level;
	}
	return {
		instrument: { ...ins.content, title: ins.content.title, version: ins.content.version },
		umum: form.parts[0]!.rubric,
		khusus: form.parts[1]!.rubric,
		snapshot,
		suggestions
	};
}
