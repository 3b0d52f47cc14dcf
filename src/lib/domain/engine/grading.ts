/**
 * Grading (design.md §5): the highest band whose minimum the rounded total reaches (below the
 * instrument's floor for C that band is Tidak Terakreditasi), then gates — a critical indicator
 * below its required level caps the grade, a safeguarding indicator below its level makes it
 * Tidak Terakreditasi in every panti type — and the result says why.
 */
import type { GradeBand } from '../rubric/schema';
import { GRADE_RANK, type Grade } from '../rubric/vocabulary';
import type { ResolvedInstrument } from './resolve';
import type { Sheet } from './scoring';
import { readerText } from '../rubric/reader-text';

/** Why a rule caps the grade: an instrument gate, a critical indicator, or safeguarding. */
export type GateKind = 'gate' | 'critical' | 'safeguarding';

export interface AppliedGate {
	readonly kind: GateKind;
	readonly code: string;
	readonly title: string;
	readonly level: number;
	readonly required: number;
	readonly cap: Grade;
	readonly explanation: string;
}

export interface GradeResult {
	/** The band the score alone reaches. */
	readonly band: Grade;
	/** The grade after gates. */
	readonly grade: Grade;
	readonly gates: readonly AppliedGate[];
	/** The safeguarding gates among them: findings that call for referral, not only a score. */
	readonly safeguarding: readonly AppliedGate[];
	readonly validityYears: number;
	/** One sentence in Indonesian: why this grade. */
	readonly explanation: string;
}

/** @example bandFor(66, bands) === 'B'; bandFor(66.01, bands) === 'A' (A: > 66) */
export function bandFor(total: number, grades: readonly GradeBand[]): GradeBand {
	for (const g of grades) if (g.inclusive ? total >= g.min : total > g.min) return g;
	return grades[grades.length - 1]!;
}

export const worse = (a: Grade, b: Grade): Grade => (GRADE_RANK[a] <= GRADE_RANK[b] ? a : b);

export interface GateRule {
	readonly kind: GateKind;
	readonly code: string;
	readonly title: string;
	readonly required: number;
	readonly cap: Grade;
	readonly explanation: string;
}

const rulesCache = new WeakMap<ResolvedInstrument, readonly GateRule[]>();

/**
 * Safeguarding indicators first (Tidak Terakreditasi, whatever the instrument says), then explicit
 * instrument gates, then every other critical indicator (capped at criticalCap).
 */
export function gateRules(form: ResolvedInstrument): readonly GateRule[] {
	const cached = rulesCache.get(form);
	if (cached) return cached;
	const rules: GateRule[] = [];
	const gated = new Set<string>();
	for (const ind of form.indicators) {
		const safeguarding = ind.indicator.safeguarding;
		if (!safeguarding) continue;
		gated.add(ind.code);
		rules.push({
			kind: 'safeguarding',
			code: ind.code,
			title: ind.indicator.title,
			required: safeguarding.minLevel,
			cap: 'TT',
			explanation: readerText(safeguarding.finding)
		});
	}
	for (const gate of form.gates) {
		const i = form.byCode.get(gate.indicator);
		if (i === undefined || gated.has(gate.indicator)) continue;
		gated.add(gate.indicator);
		rules.push({
			kind: 'gate',
			code: gate.indicator,
			title: form.indicators[i]!.indicator.title,
			required: gate.below,
			cap: gate.cap,
			explanation: readerText(gate.explanation)
		});
	}
	for (const ind of form.indicators) {
		const critical = ind.indicator.critical;
		if (!critical || gated.has(ind.code)) continue;
		rules.push({
			kind: 'critical',
			code: ind.code,
			title: ind.indicator.title,
			required: critical.minLevel,
			cap: form.criticalCap,
			explanation: readerText(critical.reason)
		});
	}
	rulesCache.set(form, rules);
	return rules;
}

/** Gates that fail for this sheet (unanswered and N/A never fail a gate). */
export function failedGates(form: ResolvedInstrument, sheet: Sheet): AppliedGate[] {
	const out: AppliedGate[] = [];
	for (const rule of gateRules(form)) {
		const entry = sheet.get(rule.code);
		if (!entry || entry.level === null || entry.notApplicable) continue;
		if (entry.level < rule.required) out.push({ ...rule, level: entry.level });
	}
	return out;
}

const LABEL: Record<Grade, string> = {
	A: 'A (Baik Sekali)',
	B: 'B (Baik)',
	C: 'C (Cukup)',
	TT: 'Tidak Terakreditasi'
};

/** "65,5" — the Indonesian decimal comma, for the explanation sentence. */
const pct = (x: number) => `${x.toFixed(2).replace('.', ',')}%`;

/**
 * Grades a rounded total with the gates that failed.
 * @example gradeOf(form, 80, sheet).grade === 'A' unless a critical indicator fails
 */
export function gradeOf(form: ResolvedInstrument, total: number, sheet: Sheet): GradeResult {
	const band = bandFor(total, form.grades);
	const gates = failedGates(form, sheet);
	let grade: Grade = band.grade;
	for (const g of gates) grade = worse(grade, g.cap);
	const validityYears = form.grades.find((g) => g.grade === grade)?.validityYears ?? 0;
	let explanation: string;
	if (band.grade === 'TT') {
		// Only an instrument with a floor for C has a TT band: the score alone is too low.
		const floor = form.grades.find((g) => g.grade === 'C');
		explanation = `Nilai total ${pct(total)} berada di bawah batas minimal peringkat C${
			floor ? ` (${pct(floor.min)})` : ''
		}, sehingga panti belum dapat diakreditasi.`;
	} else explanation = `Nilai total ${pct(total)} masuk rentang peringkat ${LABEL[band.grade]}.`;
	if (grade !== band.grade) {
		const decisive = gates.filter((g) => g.cap === grade);
		explanation += ` Peringkat dibatasi menjadi ${LABEL[grade]} karena ${decisive
			.map(
				(g) =>
					`${g.code} "${g.title}" berada di level ${g.level} (minimal ${g.required}): ${g.explanation}`
			)
			.join('; ')}`;
	}
	const safeguarding = gates.filter((g) => g.kind === 'safeguarding');
	return { band: band.grade, grade, gates, safeguarding, validityYears, explanation };
}
