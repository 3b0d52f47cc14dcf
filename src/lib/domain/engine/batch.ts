/**
 * The engine over many finalized sheets at once (issues 17 and 20: regional gap analysis, impact
 * simulation). A finalized sheet never changes, so it is kept as one byte per indicator in the
 * instrument's order; scoring and grading then run on typed arrays with no map lookups. Results
 * equal scoreSheet and gradeOf exactly (a property test holds them together).
 */
import type { Grade } from '../rubric/vocabulary';
import { bandFor, gateRules, worse } from './grading';
import type { ResolvedInstrument } from './resolve';
import { round2 } from '../round';
import type { Sheet } from './scoring';

/** Byte of an indicator marked N/A (where N/A is allowed). */
export const NA_LEVEL = 255;
/** Byte of an indicator without a valid answer (never in a finalized sheet). */
export const UNANSWERED = 254;

/** One byte per indicator of `form`, in its order. */
export function encodeSheet(form: ResolvedInstrument, sheet: Sheet): Uint8Array {
	const out = new Uint8Array(form.indicators.length);
	form.indicators.forEach((ind, i) => {
		const e = sheet.get(ind.code);
		if (e?.notApplicable && ind.indicator.allowNA) out[i] = NA_LEVEL;
		else if (
			e &&
			!e.notApplicable &&
			Number.isInteger(e.level) &&
			e.level! >= 0 &&
			e.level! <= ind.max
		)
			out[i] = e.level!;
		else out[i] = UNANSWERED;
	});
	return out;
}

export function decodeSheet(form: ResolvedInstrument, levels: Uint8Array): Sheet {
	const sheet = new Map<string, { level: number | null; notApplicable: boolean }>();
	form.indicators.forEach((ind, i) => {
		const b = levels[i]!;
		if (b === NA_LEVEL) sheet.set(ind.code, { level: null, notApplicable: true });
		else if (b !== UNANSWERED) sheet.set(ind.code, { level: b, notApplicable: false });
	});
	return sheet;
}

/** The instrument flattened into arrays, built once per resolved instrument. */
export interface BatchForm {
	readonly form: ResolvedInstrument;
	readonly n: number;
	readonly max: Float64Array;
	readonly weight: Float64Array;
	readonly aspectOf: Uint32Array;
	readonly partOf: Uint32Array;
	readonly aspectWeight: Float64Array;
	readonly aspectPart: Uint32Array;
	readonly partWeight: Float64Array;
	/** Gate rules as indicator index, required level and cap, in gateRules order. */
	readonly gates: readonly { index: number; required: number; cap: Grade }[];
}

const cache = new WeakMap<ResolvedInstrument, BatchForm>();

export function batchForm(form: ResolvedInstrument): BatchForm {
	const hit = cache.get(form);
	if (hit) return hit;
	const n = form.indicators.length;
	const bf: BatchForm = {
		form,
		n,
		max: Float64Array.from(form.indicators, (i) => i.max),
		weight: Float64Array.from(form.indicators, (i) => i.weight),
		aspectOf: Uint32Array.from(form.indicators, (i) => i.aspectIndex),
		partOf: Uint32Array.from(form.indicators, (i) => i.partIndex),
		aspectWeight: Float64Array.from(form.aspects, (a) => a.weight),
		aspectPart: Uint32Array.from(form.aspects, (a) => a.partIndex),
		partWeight: Float64Array.from(form.parts, (p) => p.weight),
		gates: gateRules(form).map((r) => ({
			index: form.byCode.get(r.code)!,
			required: r.required,
			cap: r.cap
		}))
	};
	cache.set(form, bf);
	return bf;
}

/** Scratch arrays reused across sheets: a batch allocates once, not per sheet. */
export interface Scratch {
	readonly aspectW: Float64Array;
	readonly aspectWS: Float64Array;
	readonly partW: Float64Array;
	readonly partWS: Float64Array;
}

export function scratchFor(bf: BatchForm): Scratch {
	return {
		aspectW: new Float64Array(bf.aspectWeight.length),
		aspectWS: new Float64Array(bf.aspectWeight.length),
		partW: new Float64Array(bf.partWeight.length),
		partWS: new Float64Array(bf.partWeight.length)
	};
}

/**
 * The unrounded total of one sheet (null when nothing is scored), as scoreSheet's rawTotal. With
 * `stepOut`, also each indicator's contribution to the total per level step (scoreSheet's
 * stepValue): what closing a gap is worth.
 */
export function scoreLevels(
	bf: BatchForm,
	levels: Uint8Array,
	s: Scratch = scratchFor(bf),
	stepOut?: Float64Array
): number | null {
	const { n, max, weight, aspectOf, partOf, aspectWeight, aspectPart, partWeight } = bf;
	s.aspectW.fill(0);
	s.aspectWS.fill(0);
	s.partW.fill(0);
	s.partWS.fill(0);
	for (let i = 0; i < n; i++) {
		const b = levels[i]!;
		if (b >= UNANSWERED) continue;
		const a = aspectOf[i]!;
		s.aspectW[a]! += weight[i]!;
		s.aspectWS[a]! += weight[i]! * (b / max[i]!);
	}
	for (let a = 0; a < aspectWeight.length; a++) {
		if (s.aspectW[a] === 0) continue;
		const p = aspectPart[a]!;
		s.partW[p]! += aspectWeight[a]!;
		s.partWS[p]! += aspectWeight[a]! * ((100 * s.aspectWS[a]!) / s.aspectW[a]!);
	}
	let tw = 0;
	let tws = 0;
	for (let p = 0; p < partWeight.length; p++) {
		if (s.partW[p] === 0) continue;
		tw += partWeight[p]!;
		tws += partWeight[p]! * (s.partWS[p]! / s.partW[p]!);
	}
	if (stepOut)
		for (let i = 0; i < n; i++) {
			const a = aspectOf[i]!;
			const p = partOf[i]!;
			stepOut[i] =
				levels[i]! >= UNANSWERED
					? 0
					: (partWeight[p]! / tw) *
						(aspectWeight[a]! / s.partW[p]!) *
						(weight[i]! / s.aspectW[a]!) *
						(100 / max[i]!);
		}
	return tw > 0 ? tws / tw : null;
}

/** The grade of a complete sheet: its band after every gate that fails (as gradeOf). */
export function gradeLevels(bf: BatchForm, levels: Uint8Array, rawTotal: number): Grade {
	let grade = bandFor(round2(rawTotal), bf.form.grades).grade;
	for (const g of bf.gates) {
		const b = levels[g.index]!;
		if (b < UNANSWERED && b < g.required) grade = worse(grade, g.cap);
	}
	return grade;
}
