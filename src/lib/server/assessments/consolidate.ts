import { and, eq } from 'drizzle-orm';
import type { Actor } from '$lib/domain/access';
import {
	agreement,
	type ResolvedInstrument,
	proposeConsolidated,
	type ScoreEntry
} from '$lib/domain/engine';
import { audit } from '../audit';
import type { Db, Queryable } from '../db';
import { consolidatedScores } from '../db/schema';
import { isOpenStatus, statusOf, type AssessmentAccess } from './access';
import { readSheet } from './scores';
import { teamOf } from './view';

/** Every member's sheet side by side, the agreement figures and the engine's proposal per indicator. */
export function consolidationView(
	db: Queryable,
	access: AssessmentAccess,
	form: ResolvedInstrument
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
	const saved = new Map(
		db
			.select()
			.from(consolidatedScores)
			.where(eq(consolidatedScores.assessmentId, id))
			.all()
			.map((s) => [s.indicatorCode, s])
	);
	const report = agreement(form, sheets);
	const far = new Set(report.farApart.map((d) => d.code));
	const rows = form.indicators.map((ind) => {
		const given = team.map((m) => sheets.get(String(m.id))!.get(ind.code));
		const proposal = proposeConsolidated(given);
		const current = saved.get(ind.code);
		return {
			code: ind.code,
			title: ind.indicator.title,
			max: ind.max,
			allowNA: ind.indicator.allowNA,
			levels: given.map((g) => (g ? (g.notApplicable ? 'N/A' : g.level) : null)),
			notes: given.map((g) => g?.note ?? ''),
			proposal: proposal ? (proposal.notApplicable ? 'na' : String(proposal.level)) : '',
			value: current
				? current.notApplicable
					? 'na'
					: current.level === null
						? ''
						: String(current.level)
				: proposal
					? proposal.notApplicable
						? 'na'
						: String(proposal.level)
					: '',
			saved: Boolean(current),
			farApart: far.has(ind.code)
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

export type ConsolidationResult = { ok: true; saved: number } | { ok: false; message: string };

/** The lead sets the consolidated level of every indicator given (one transaction, audited). */
export function saveConsolidation(
	db: Db,
	actor: Actor,
	access: AssessmentAccess,
	form: ResolvedInstrument,
	values: ReadonlyMap<string, string>,
	now: Date
): ConsolidationResult {
	if (!access.isLead)
		return { ok: false, message: 'Hanya ketua tim yang dapat mengonsolidasikan.' };
	const id = access.assessment.id;
	const entries: { code: string; level: number | null; notApplicable: boolean }[] = [];
	for (const [code, raw] of values) {
		const i = form.byCode.get(code);
		if (i === undefined || raw === '') continue;
		const ind = form.indicators[i]!;
		if (raw === 'na') {
			if (!ind.indicator.allowNA) return { ok: false, message: `${code} tidak boleh N/A.` };
			entries.push({ code, level: null, notApplicable: true });
			continue;
		}
		const level = Number(raw);
		if (!Number.isInteger(level) || level < 0 || level > ind.max)
			return { ok: false, message: `Level ${code} harus 0 sampai ${ind.max}.` };
		entries.push({ code, level, notApplicable: false });
	}
	return db.transaction((tx) => {
		const status = statusOf(tx, id);
		if (!isOpenStatus(status)) return { ok: false, message: 'Penilaian ini sudah dikunci.' };
		const stamp = now.toISOString();
		let changed = 0;
		for (const e of entries) {
			const before = tx
				.select()
				.from(consolidatedScores)
				.where(
					and(eq(consolidatedScores.assessmentId, id), eq(consolidatedScores.indicatorCode, e.code))
				)
				.get();
			if (before && before.level === e.level && before.notApplicable === e.notApplicable) continue;
			changed++;
			if (before)
				tx.update(consolidatedScores)
					.set({
						level: e.level,
						notApplicable: e.notApplicable,
						version: before.version + 1,
						updatedBy: actor.id,
						updatedAt: stamp
					})
					.where(
						and(
							eq(consolidatedScores.assessmentId, id),
							eq(consolidatedScores.indicatorCode, e.code)
						)
					)
					.run();
			else
				tx.insert(consolidatedScores)
					.values({
						assessmentId: id,
						indicatorCode: e.code,
						level: e.level,
						notApplicable: e.notApplicable,
						updatedBy: actor.id,
						updatedAt: stamp
					})
					.run();
			audit(tx, {
				userId: actor.id,
				action: 'consolidated.save',
				entityType: 'assessment',
				entityId: id,
				before: before
					? { code: e.code, level: before.level, notApplicable: before.notApplicable }
					: { code: e.code },
				after: { code: e.code, level: e.level, notApplicable: e.notApplicable }
			});
		}
		return { ok: true, saved: changed };
	});
}
