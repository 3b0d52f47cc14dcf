import { and, desc, eq, lt, ne } from 'drizzle-orm';
import {
	analyseGaps,
	gradeOf,
	pathToNextGrade,
	type ScoreEntry,
	scoreSheet,
	trend
} from '$lib/domain/engine';
import type { Queryable } from '../db';
import { assessments, assessmentTeam, consolidatedScores, itemScores } from '../db/schema';
import { instrumentFor } from '../rubrics/read';
import { scoredType, type AssessmentRow } from './access';
import { readerText } from '$lib/domain/rubric/reader-text';

/**
 * The sheet that gets graded: the lead's consolidated sheet; before any consolidation, the lead's
 * own sheet (so a one-person team and a self-assessment grade directly). Also returns the notes.
 */
export function gradedSheet(
	db: Queryable,
	assessmentId: number,
	options: { leadFallback?: boolean } = {}
) {
	const consolidated = db
		.select()
		.from(consolidatedScores)
		.where(eq(consolidatedScores.assessmentId, assessmentId))
		.all();
	let rows: {
		indicatorCode: string;
		level: number | null;
		notApplicable: boolean;
		note: string;
	}[] = consolidated;
	let source: 'consolidated' | 'lead' = 'consolidated';
	if (consolidated.length === 0 && options.leadFallback !== false) {
		const lead = db
			.select({ userId: assessmentTeam.userId })
			.from(assessmentTeam)
			.where(and(eq(assessmentTeam.assessmentId, assessmentId), eq(assessmentTeam.role, 'lead')))
			.get();
		rows = lead
			? db
					.select()
					.from(itemScores)
					.where(
						and(eq(itemScores.assessmentId, assessmentId), eq(itemScores.assessorId, lead.userId))
					)
					.all()
			: [];
		source = 'lead';
	}
	return { ...sheetOf(rows), source };
}

/** A sheet to grade and its notes, from stored score rows (own or consolidated). */
export function sheetOf(
	rows: readonly {
		indicatorCode: string;
		level: number | null;
		notApplicable: boolean;
		note: string;
	}[]
) {
	const sheet = new Map<string, ScoreEntry>(
		rows.map((r) => [r.indicatorCode, { level: r.level, notApplicable: r.notApplicable }])
	);
	const notes = new Map(rows.filter((r) => r.note).map((r) => [r.indicatorCode, r.note]));
	return { sheet, notes };
}

/** Score, grade, gaps, path to the next grade and trend of one assessment, as the engine computes them. */
export function assessmentResults(db: Queryable, a: AssessmentRow) {
	const form = instrumentFor(db, a.instrumentVersionId, scoredType(a));
	if (!form) return null;
	const { sheet, notes, source } = gradedSheet(db, a.id);
	const computed = scoreSheet(form, sheet);
	const graded = computed.total === null ? null : gradeOf(form, computed.total, sheet);
	// A finalized result is what was issued (design.md §7): its stored total, grade and
	// explanation stand, whatever the engine would say today.
	const issued = a.status === 'finalized' && a.totalPct !== null ? a.grade : null;
	const score = issued ? { ...computed, total: a.totalPct } : computed;
	const grade =
		issued && graded
			? { ...graded, grade: issued, explanation: readerText(a.gateExplanation) ?? graded.explanation }
			: graded;
	const gaps = analyseGaps(form, sheet, score, notes);
	const path = grade ? pathToNextGrade(form, sheet, score, grade.grade) : null;

	const previous = db
		.select()
		.from(assessments)
		.where(
			and(
				eq(assessments.pantiId, a.pantiId),
				eq(assessments.status, 'finalized'),
				ne(assessments.id, a.id),
				lt(assessments.createdAt, a.createdAt)
			)
		)
		.orderBy(desc(assessments.finalizedAt))
		.get();
	let trendResult = null;
	if (previous) {
		const prevForm = instrumentFor(db, previous.instrumentVersionId, scoredType(previous));
		const prev = gradedSheet(db, previous.id);
		if (prevForm)
			trendResult = {
				finalizedAt: previous.finalizedAt,
				...trend(
					{ form, sheet, score },
					{ form: prevForm, sheet: prev.sheet, score: scoreSheet(prevForm, prev.sheet) }
				)
			};
	}
	return { form, sheet, notes, score, grade, gaps, path, trend: trendResult, source };
}
