/**
 * The accreditation engine: pure functions from an instrument and one sheet of levels to a grade
 * and what to do next (design.md §5–6). The steps, in the order an assessment takes them:
 *
 * 1. resolve — `resolveInstrument` flattens the instrument's standar umum and the standar khusus of the
 *    panti's type into the one resolved instrument an assessment is scored on;
 * 2. score — `scoreSheet` turns levels into indicator, aspect, part and total percentages;
 * 3. grade — `gradeOf` picks the band the total reaches, then applies the gates (instrument gates,
 *    critical and safeguarding indicators) and says why;
 * 4. gaps — `analyseGaps` lists every indicator below its expected level with the points it would
 *    recover;
 * 5. path — `pathToNextGrade` is the smallest set of one-level steps that lifts the grade a band;
 * 6. trend — `trend` compares with the previous finalized assessment by code, across versions.
 *
 * Beside the chain: `agreement`/`proposeConsolidated` for a team of assessors, `computedLevel` for
 * indicators derived from the panti profile, `diffRubrics` between two rubric versions.
 *
 * Code outside this folder imports from here; the engine's own modules import each other directly.
 *
 * @example
 * const resolved = resolveInstrument(instrument, umum, khusus);
 * const score = scoreSheet(resolved, sheet); // score.total is null until something is scored
 * const { grade } = gradeOf(resolved, score.total ?? 0, sheet);
 * const gaps = analyseGaps(resolved, sheet, score);
 * const next = pathToNextGrade(resolved, sheet, score, grade);
 */
export { agreement, proposeConsolidated, weightedKappa } from './agreement';
export type { AgreementReport, Disagreement, PairAgreement } from './agreement';
export { computedLevel, profileFact } from './computed';
export type { ProfileSnapshot } from './computed';
export { aspectKey, aspectLabel, resolveInstrument, instrumentRubricKeys } from './resolve';
export type {
	ResolvedInstrument,
	ResolvedAspect,
	ResolvedIndicator,
	ResolvedPart
} from './resolve';
export type { Part } from '../rubric/vocabulary';
export { analyseGaps, pathToNextGrade } from './gap';
export type { GapAnalysis, GapGroup, GapItem, PathStep, PathToNextGrade } from './gap';
export { bandFor, failedGates, gateRules, gradeOf, worse } from './grading';
export type { AppliedGate, GateKind, GateRule, GradeResult } from './grading';
export { scoreSheet } from './scoring';
export type { AspectScore, ScoreEntry, ScoreResult, Sheet } from './scoring';
export { trend } from './trend';
export type { Trend, TrendRow } from './trend';
export { diffRubrics } from './version-diff';
export type { IndicatorChange, RubricDiff } from './version-diff';
export { filterMatrix, MATRIX_VIEWS, resultMatrix } from './matrix';
export type { MatrixFilter, MatrixRow, MatrixView } from './matrix';
export { mostValuableSteps } from './next-steps';
export type { NextStep } from './next-steps';
