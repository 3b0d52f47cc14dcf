import { eq } from 'drizzle-orm';
import {
	decisionCauses,
	minimaOf,
	minimumLabel,
	needsOf
} from '$lib/domain/assessment/consolidation';
import {
	agreement,
	type ResolvedInstrument,
	proposeConsolidated,
	type ScoreEntry
} from '$lib/domain/engine';
import type { Queryable } from '../db';
import { consolidatedScores, users } from '../db/schema';
import type { AssessmentAccess } from './access';
import { readSheet } from './scores';
import { teamOf } from './view';

/** A stored consolidated level as a form value: '' unset, 'na', or the level. */
export const valueOf = (e: { level: number | null; notApplicable: boolean } | null | undefined) =>
	!e ? '' : e.notApplicable ? 'na' : e.level === null ? '' : String(e.level);

/** The consolidated sheet as stored, with who saved each row. */
export function storedConsolidation(db: Queryable, id: number) {
	return new Map(
		db
			.select({
				code: consolidatedScores.indicatorCode,
				level: consolidatedScores.level,
				notApplicable: consolidatedScores.notApplicable,
				reason: consolidatedScores.reason,
				version: consolidatedScores.version,
				updatedAt: consolidatedScores.updatedAt,
				updatedByName: users.name
			})
			.from(consolidatedScores)
			.innerJoin(users, eq(users.id, consolidatedScores.updatedBy))
			.where(eq(consolidatedScores.assessmentId, id))
			.all()
			.map((s) => [s.code, s])
	);
}

/** Every member's sheet and, per indicator, their answers and what the row needs. */
export function teamAnswers(db: Queryable, id: number, form: ResolvedInstrument) {
	const team = teamOf(db, id);
	const sheets = new Map(
		team.map((m) => [
			String(m.id),
			new Map<string, ScoreEntry & { note: string }>(
				readSheet(db, id, m.id).map((s) => [s.code, s])
			)
		])
	);
	const minima = minimaOf(form);
	const rows = form.indicators.map((ind) => {
		const given = team.map((m) => sheets.get(String(m.id))!.get(ind.code));
		const min = minima.get(ind.code) ?? null;
		return { ind, given, min, needs: needsOf(min, given) };
	});
	return { team, sheets, rows };
}

/**
 * Indicators that need the lead's explicit choice but have no saved choice with a reason (a
 * member may have changed their score after consolidation): the submission waits for them.
 */
export function undecided(
	db: Queryable,
	access: AssessmentAccess,
	form: ResolvedInstrument
): string[] {
	const id = access.assessment.id;
	const stored = storedConsolidation(db, id);
	return teamAnswers(db, id, form)
		.rows.filter((r) => {
			if (!r.needs.needsDecision) return false;
			const s = stored.get(r.ind.code);
			return !s || valueOf(s) === '' || s.reason.trim() === '';
		})
		.map((r) => r.ind.code);
}

/** Every member's sheet side by side, the agreement figures and the engine's proposal per indicator. */
export function consolidationView(
	db: Queryable,
	access: AssessmentAccess,
	form: ResolvedInstrument
) {
	const id = access.assessment.id;
	const { team, sheets, rows: answers } = teamAnswers(db, id, form);
	const stored = storedConsolidation(db, id);
	const report = agreement(form, sheets);
	const rows = answers.map(({ ind, given, min, needs }) => {
		const proposal = valueOf(proposeConsolidated(given));
		const current = stored.get(ind.code);
		// Where the lead must decide, nothing is chosen for them: the proposal is only a hint.
		const value = current ? valueOf(current) : needs.needsDecision ? '' : proposal;
		return {
			code: ind.code,
			title: ind.indicator.title,
			max: ind.max,
			allowNA: ind.indicator.allowNA,
			members: given.map((g, k) => ({
				name: team[k]!.name,
				level: g ? (g.notApplicable ? 'N/A' : g.level) : null,
				note: g?.note ?? ''
			})),
			proposal,
			value,
			reason: current?.reason ?? '',
			version: current?.version ?? 0,
			saved: current ? { by: current.updatedByName, at: current.updatedAt } : null,
			minimum: min,
			minimumLabel: min ? minimumLabel(min) : null,
			causes: decisionCauses(needs, min),
			...needs
		};
	});
	return {
		team,
		rows,
		exactPct: report.exactPct,
		kappa: report.kappa,
		farApart: report.farApart.length,
		pairs: report.pairs
	};
}
