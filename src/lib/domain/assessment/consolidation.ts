/**
 * Consolidation that never decides silently (design.md §5, §7): where the team's levels lie two or
 * more apart, or someone scored below an indicator's minimum (instrument gate, critical indicator,
 * safeguarding), the lead chooses the consolidated level explicitly and says why. Everywhere else
 * the engine's proposal (the lower median) may stand as the default.
 */
import { gateRules, type GateKind, type ResolvedInstrument, type ScoreEntry } from '../engine';
import { GRADE_LABELS, type Grade } from '../rubric/vocabulary';

/** The level an indicator must reach and what falling below it does to the grade. */
export interface Minimum {
	readonly kind: GateKind;
	readonly required: number;
	readonly cap: Grade;
}

const minimaCache = new WeakMap<ResolvedInstrument, ReadonlyMap<string, Minimum>>();

/** Every indicator with a minimum, by code (the engine's gate rules: one per indicator). */
export function minimaOf(form: ResolvedInstrument): ReadonlyMap<string, Minimum> {
	const cached = minimaCache.get(form);
	if (cached) return cached;
	const map = new Map<string, Minimum>(
		gateRules(form).map((r) => [r.code, { kind: r.kind, required: r.required, cap: r.cap }])
	);
	minimaCache.set(form, map);
	return map;
}

export interface RowNeeds {
	/** The members who scored gave different answers (levels, or N/A against a level). */
	readonly disagree: boolean;
	/** Two members' levels differ by two or more. */
	readonly farApart: boolean;
	/** A member's level is below the indicator's minimum. */
	readonly belowMinimum: boolean;
	/** One member says N/A, another gives a level, on an indicator with a minimum. */
	readonly naAgainstMinimum: boolean;
	/** The lead must choose the level explicitly and give a reason. */
	readonly needsDecision: boolean;
}

/**
 * What one indicator needs, from the members' answers (unscored sheets are ignored).
 * N/A never fails a minimum (the engine skips it), so on an indicator with a minimum an N/A
 * against a level decides whether the minimum applies at all: that too is the lead's call.
 * Elsewhere N/A against a level is a disagreement the proposal (majority N/A) may settle.
 * @example needsOf(null, [{level: 4, notApplicable: false}, {level: 2, notApplicable: false}]).needsDecision === true
 */
export function needsOf(min: Minimum | null, given: readonly (ScoreEntry | undefined)[]): RowNeeds {
	const answered = given.filter(
		(e): e is ScoreEntry => e !== undefined && (e.notApplicable || e.level !== null)
	);
	const levels = answered.filter((e) => !e.notApplicable).map((e) => e.level!);
	const na = answered.length - levels.length;
	const spread = levels.length ? Math.max(...levels) - Math.min(...levels) : 0;
	const farApart = spread >= 2;
	const belowMinimum = min !== null && levels.some((l) => l < min.required);
	const naAgainstMinimum = min !== null && na > 0 && levels.length > 0;
	return {
		disagree: spread > 0 || (na > 0 && levels.length > 0),
		farApart,
		belowMinimum,
		naAgainstMinimum,
		needsDecision: farApart || belowMinimum || naAgainstMinimum
	};
}

/** Why a row needs the lead's decision, in words for the page. */
export function decisionCauses(needs: RowNeeds, min: Minimum | null): string[] {
	const out: string[] = [];
	if (needs.farApart) out.push('nilai anggota berselisih 2 level atau lebih');
	if (needs.belowMinimum && min)
		out.push(`ada anggota yang memberi nilai di bawah syarat minimum (level ${min.required})`);
	if (needs.naAgainstMinimum) out.push('ada anggota yang menandai N/A, yang lain memberi level');
	return out;
}

/** What a minimum is, for a badge: "Syarat minimum level 3". */
export function minimumLabel(min: Minimum): string {
	return min.kind === 'safeguarding'
		? `Perlindungan klien: minimal level ${min.required}`
		: `Syarat minimum: level ${min.required}`;
}

/**
 * The warning shown when a chosen value fails the indicator's minimum ('' or 'na' never fails:
 * the engine skips unanswered and N/A indicators); null when it does not.
 * @example belowMinimumWarning({kind:'gate', required:3, cap:'TT'}, '2')
 *   === 'Di bawah syarat minimum (level 3): peringkat menjadi Tidak Terakreditasi.'
 */
export function belowMinimumWarning(min: Minimum | null, value: string): string | null {
	if (!min || value === '' || value === 'na') return null;
	const level = Number(value);
	if (!Number.isInteger(level) || level >= min.required) return null;
	if (min.kind === 'safeguarding')
		return `Di bawah batas perlindungan klien (level ${min.required}): peringkat menjadi Tidak Terakreditasi dan temuan ini dirujuk.`;
	return min.cap === 'TT'
		? `Di bawah syarat minimum (level ${min.required}): peringkat menjadi Tidak Terakreditasi.`
		: `Di bawah syarat minimum (level ${min.required}): peringkat paling tinggi ${GRADE_LABELS[min.cap]}.`;
}

/** The refusal when decisions lack a reason or are missing: names how many and which. */
export function missingDecisionMessage(codes: readonly string[], when: 'save' | 'submit'): string {
	const list = codes.join(', ');
	return when === 'save'
		? `Tuliskan alasan keputusan untuk ${list}: butir ini perlu keputusan ketua tim. Belum ada yang disimpan.`
		: `${codes.length} butir masih perlu keputusan ketua tim dengan alasan di halaman konsolidasi: ${list}.`;
}
