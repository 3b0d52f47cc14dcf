import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '$lib/domain/access';
import { missingDecisionMessage } from '$lib/domain/assessment/consolidation';
import type { ResolvedInstrument } from '$lib/domain/engine';
import { audit } from '../audit';
import type { Db } from '../db';
import { consolidatedScores } from '../db/schema';
import { isOpenStatus, statusOf, type AssessmentAccess } from './access';
import { storedConsolidation, teamAnswers, valueOf } from './consolidate';

/** One posted row: the chosen value ('' none, 'na', or a level), the reason, the version it was loaded at. */
const rowSchema = z.object({
	value: z.string().regex(/^(|na|\d{1,2})$/),
	reason: z.string().max(2000),
	version: z.coerce.number().int().min(0)
});
export type ConsolidationInput = ReadonlyMap<string, z.infer<typeof rowSchema>>;

/**
 * The posted rows (`c.<code>` value, `r.<code>` reason, `v.<code>` version), or null when any is
 * malformed.
 */
export function readConsolidationForm(data: FormData): ConsolidationInput | null {
	const out = new Map<string, z.infer<typeof rowSchema>>();
	for (const [key, value] of data) {
		if (!key.startsWith('c.') || typeof value !== 'string') continue;
		const code = key.slice(2);
		const reason = data.get(`r.${code}`);
		const row = rowSchema.safeParse({
			value,
			reason: typeof reason === 'string' ? reason.trim() : '',
			version: data.get(`v.${code}`) ?? ''
		});
		if (!row.success) return null;
		out.set(code, row.data);
	}
	return out;
}

/** A row someone saved since the lead's page loaded it: what is stored now and by whom. */
export interface ConsolidationConflict {
	readonly code: string;
	readonly value: string;
	readonly reason: string;
	readonly version: number;
	readonly updatedByName: string;
	readonly updatedAt: string;
}

export type ConsolidationResult =
	| { ok: true; saved: number }
	| { ok: false; message: string }
	| { ok: false; message: string; conflicts: ConsolidationConflict[] };

/**
 * The lead sets the consolidated level of every indicator given, all or nothing, in one audited
 * transaction. Rows that need a decision must carry a reason; a row stored at another version
 * than the page loaded, with a different value or reason, refuses the whole save (a second tab
 * never overwrites the first silently).
 */
export function saveConsolidation(
	db: Db,
	actor: Actor,
	access: AssessmentAccess,
	form: ResolvedInstrument,
	input: ConsolidationInput,
	now: Date
): ConsolidationResult {
	if (!access.isLead)
		return { ok: false, message: 'Hanya ketua tim yang dapat mengonsolidasikan.' };
	const id = access.assessment.id;
	const entries: { code: string; level: number | null; notApplicable: boolean }[] = [];
	for (const [code, row] of input) {
		const i = form.byCode.get(code);
		if (i === undefined || row.value === '') continue;
		const ind = form.indicators[i]!;
		if (row.value === 'na') {
			if (!ind.indicator.allowNA) return { ok: false, message: `${code} tidak boleh N/A.` };
			entries.push({ code, level: null, notApplicable: true });
			continue;
		}
		const level = Number(row.value);
		if (level > ind.max) return { ok: false, message: `Level ${code} harus 0 sampai ${ind.max}.` };
		entries.push({ code, level, notApplicable: false });
	}
	return db.transaction((tx): ConsolidationResult => {
		const status = statusOf(tx, id);
		if (!isOpenStatus(status)) return { ok: false, message: 'Penilaian ini sudah dikunci.' };
		// What needs a decision is judged on the members' sheets as they are now.
		const needs = new Map(teamAnswers(tx, id, form).rows.map((r) => [r.ind.code, r.needs]));
		const unreasoned = entries
			.filter((e) => needs.get(e.code)?.needsDecision && input.get(e.code)!.reason === '')
			.map((e) => e.code);
		if (unreasoned.length)
			return { ok: false, message: missingDecisionMessage(unreasoned, 'save') };
		const stored = storedConsolidation(tx, id);
		const changes = entries.flatMap((e) => {
			const before = stored.get(e.code);
			const reason = input.get(e.code)!.reason;
			const same = before && valueOf(before) === valueOf(e) && before.reason === reason;
			return same ? [] : [{ ...e, reason, before, loaded: input.get(e.code)!.version }];
		});
		const conflicts = changes
			.filter((c) => (c.before?.version ?? 0) !== c.loaded)
			.map((c) => ({
				code: c.code,
				value: valueOf(c.before),
				reason: c.before?.reason ?? '',
				version: c.before?.version ?? 0,
				updatedByName: c.before?.updatedByName ?? '',
				updatedAt: c.before?.updatedAt ?? ''
			}));
		if (conflicts.length)
			return {
				ok: false,
				message: `${conflicts.length} butir sudah diubah di tab atau perangkat lain sejak halaman ini dimuat: ${conflicts.map((c) => c.code).join(', ')}. Tidak ada yang disimpan.`,
				conflicts
			};
		const stamp = now.toISOString();
		for (const c of changes) {
			const values = {
				level: c.level,
				notApplicable: c.notApplicable,
				reason: c.reason,
				updatedBy: actor.id,
				updatedAt: stamp
			};
			if (c.before)
				tx.update(consolidatedScores)
					.set({ ...values, version: c.before.version + 1 })
					.where(
						and(
							eq(consolidatedScores.assessmentId, id),
							eq(consolidatedScores.indicatorCode, c.code)
						)
					)
					.run();
			else
				tx.insert(consolidatedScores)
					.values({ assessmentId: id, indicatorCode: c.code, ...values })
					.run();
			audit(tx, {
				userId: actor.id,
				action: 'consolidated.save',
				entityType: 'assessment',
				entityId: id,
				before: c.before
					? {
							code: c.code,
							level: c.before.level,
							notApplicable: c.before.notApplicable,
							reason: c.before.reason
						}
					: { code: c.code },
				after: { code: c.code, level: c.level, notApplicable: c.notApplicable, reason: c.reason }
			});
		}
		return { ok: true, saved: changes.length };
	});
}
