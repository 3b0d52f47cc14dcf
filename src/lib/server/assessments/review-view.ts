/**
 * What the review page shows (design.md §7), in the order a reviewer decides: the result if
 * finalized now, what changed since the last return, then every member's sheet with notes and
 * evidence beside the consolidated value.
 */
import { eq } from 'drizzle-orm';
import { addYears } from '$lib/domain/dates';
import { agreement, type ResolvedInstrument, type ScoreEntry } from '$lib/domain/engine';
import { indicatorFlags, type GivenLevel } from '$lib/domain/assessment/review-flags';
import { submissionChanges } from '$lib/domain/assessment/submission-diff';
import type { Queryable } from '../db';
import { consolidatedScores, evidence, users } from '../db/schema';
import type { AssessmentAccess } from './access';
import { assessmentResults } from './results';
import { lastSubmissions, latestReturn } from './review';
import { readSheet } from './scores';
import { teamOf } from './view';

const given = (e: { level: number | null; notApplicable: boolean } | undefined): GivenLevel =>
	e ? (e.notApplicable ? 'N/A' : e.level) : null;

/** The result if finalized now (or as issued), with every gate and the validity it would carry. */
function outcome(db: Queryable, access: AssessmentAccess, today: string) {
	const r = assessmentResults(db, access.assessment);
	if (!r?.grade || r.score.total === null) return null;
	const g = r.grade;
	const finalized = access.assessment.status === 'finalized';
	return {
		total: r.score.total,
		grade: g.grade,
		explanation: g.explanation,
		/** Gates other than safeguarding that capped the grade (a critical indicator too low). */
		gates: g.gates.filter((x) => x.kind !== 'safeguarding'),
		safeguarding: g.safeguarding,
		validityYears: g.grade === 'TT' ? 0 : g.validityYears,
		validUntil: finalized
			? access.assessment.validUntil
			: g.grade === 'TT'
				? null
				: addYears(today, g.validityYears)
	};
}

/** What changed between the last two submissions, beside the comments of the return between. */
function changesSince(db: Queryable, access: AssessmentAccess, form: ResolvedInstrument) {
	const id = access.assessment.id;
	const [current, previous] = lastSubmissions(db, id);
	const lastReturn = latestReturn(db, id);
	const order = form.indicators.map((i) => i.code);
	return {
		submissions: current ? (previous ? 2 : 1) : 0,
		lastReturn,
		changes:
			current && previous
				? submissionChanges(previous.sheet, current.sheet, lastReturn?.comments ?? {}, order)
				: []
	};
}

export function reviewView(
	db: Queryable,
	access: AssessmentAccess,
	form: ResolvedInstrument,
	today: string
) {
	const id = access.assessment.id;
	const team = teamOf(db, id);
	const sheets = new Map(
		team.map((m) => [
			String(m.id),
			new Map<string, ScoreEntry & { note: string }>(
				readSheet(db, id, m.id).map((s) => [s.code, s])
			)
		])
	);
	const consolidated = new Map(
		db
			.select()
			.from(consolidatedScores)
			.where(eq(consolidatedScores.assessmentId, id))
			.all()
			.map((s) => [s.indicatorCode, s])
	);
	const files = db
		.select({
			id: evidence.id,
			code: evidence.indicatorCode,
			name: evidence.originalName,
			mimeType: evidence.mimeType,
			by: users.name
		})
		.from(evidence)
		.innerJoin(users, eq(users.id, evidence.uploadedBy))
		.where(eq(evidence.assessmentId, id))
		.orderBy(evidence.id)
		.all();
	const report = agreement(form, sheets);
	const rows = form.indicators.map((ind) => {
		const members = team.map((m) => sheets.get(String(m.id))!.get(ind.code));
		const c = consolidated.get(ind.code);
		const levels = members.map(given);
		return {
			code: ind.code,
			title: ind.indicator.title,
			aspectIndex: ind.aspectIndex,
			max: ind.max,
			expected: ind.expected,
			critical: ind.indicator.critical?.minLevel ?? null,
			safeguarding: ind.indicator.safeguarding?.minLevel ?? null,
			levels,
			notes: members.map((m) => m?.note ?? ''),
			consolidated: c ? { level: given(c), note: c.note, reason: c.reason } : null,
			flags: indicatorFlags(ind, levels, given(c)),
			files: files.filter((f) => f.code === ind.code)
		};
	});
	return {
		version: access.assessment.version,
		result: outcome(db, access, today),
		...changesSince(db, access, form),
		team,
		aspects: form.aspects.map((a) => ({ part: a.part, code: a.code, title: a.title })),
		rows,
		agreement: {
			exactPct: report.exactPct,
			kappa: report.kappa,
			farApart: report.farApart.length
		}
	};
}
