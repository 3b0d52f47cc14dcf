/**
 * The shape of rubric and instrument files (design.md §4). This zod schema is the single source of
 * truth: TypeScript types, the JSON Schema for editors and `npm run rubrics:check` all derive from it.
 */
import { z } from 'zod';
import { PANTI_TYPES } from '../panti/types';
import {
	DIMENSIONS,
	GRADES,
	HORIZONS,
	METHODS,
	PARTS,
	PROFILE_FACTS,
	STAKEHOLDERS
} from './vocabulary';

const SEMVER = /^\d+\.\d+\.\d+$/;
const CODE = /^[A-Z]{2,5}-\d{2}[A-Z]?$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const text = (min = 1) => z.string().trim().min(min);

export const sourceSchema = z
	.object({
		/** Where the content or number comes from: regulation, article, seed document. */
		ref: text(3),
		/** True when a number in this item has no source yet (regulation.md §2.4). */
		provisional: z.boolean().default(false),
		/**
		 * Where the numbers and time limits this item states come from (article, section), when
		 * they are not provisional. `ref` says where the content comes from; this says who set the
		 * numbers, so a borrowed local figure cannot pass as a national standard.
		 */
		thresholdsRef: text(3).optional(),
		note: z.string().optional()
	})
	.strict();

export const recommendationSchema = z
	.object({
		action: text(10),
		horizon: z.enum(HORIZONS),
		stakeholder: z.enum(STAKEHOLDERS)
	})
	.strict();

export const computedSchema = z
	.object({
		fact: z.enum(PROFILE_FACTS),
		/**
		 * Upper bounds for levels max, max−1, …, 1 (ascending): the level is the highest whose
		 * bound the fact does not exceed; above every bound → 0. E.g. [10, 15, 25, 40] on a 0–4
		 * scale: ≤ 10 → 4, ≤ 15 → 3, ≤ 25 → 2, ≤ 40 → 1, more → 0.
		 */
		atMost: z.array(z.number().nonnegative()).min(1)
	})
	.strict()
	.refine((c) => c.atMost.every((v, i) => i === 0 || v > c.atMost[i - 1]!), {
		message: 'atMost harus naik: batas untuk level tertinggi ditulis pertama'
	});

export const indicatorSchema = z
	.object({
		code: z.string().regex(CODE, 'kode indikator seperti KEL-01 atau ANK-12'),
		title: text(3),
		statement: text(10),
		guidance: text(10),
		methods: z.array(z.enum(METHODS)).min(1),
		weight: z.number().positive().max(10),
		/** One descriptor per level, index = level (0..max). */
		levels: z.array(text(5)).min(2),
		expectedLevel: z.number().int().nonnegative().optional(),
		critical: z
			.object({ minLevel: z.number().int().positive(), reason: text(10) })
			.strict()
			.optional(),
		/**
		 * A safeguarding indicator (design.md §5): below `minLevel` clients are harmed or at risk
		 * (violence, physical punishment, pasung or restraint outside a medical protocol, sexual
		 * abuse, a trafficking victim's confidentiality breached). The grade is Tidak Terakreditasi
		 * in every panti type, and the finding calls for referral, not only a score.
		 */
		safeguarding: z
			.object({ minLevel: z.number().int().positive(), finding: text(10) })
			.strict()
			.optional(),
		/** How many files or clients to sample, for indicators checked on a sample. */
		sample: text(10).optional(),
		allowNA: z.boolean().default(false),
		/** Why N/A can apply; required when allowNA is true. */
		naWhen: z.string().optional(),
		dimension: z.enum(DIMENSIONS),
		recommendations: z.array(recommendationSchema).min(1),
		source: sourceSchema,
		computed: computedSchema.optional()
	})
	.strict();

export const aspectSchema = z
	.object({
		code: z.string().regex(/^[A-Z]{2,5}$/, 'kode aspek 2–5 huruf kapital'),
		title: text(3),
		weight: z.number().positive(),
		indicators: z.array(indicatorSchema).min(1)
	})
	.strict();

export const rubricSchema = z
	.object({
		$schema: z.string().optional(),
		kind: z.literal('rubric'),
		id: z.string().regex(ID, 'id huruf kecil-dan-strip'),
		version: z.string().regex(SEMVER, 'versi semver, mis. 1.0.0'),
		title: text(5),
		part: z.enum(PARTS),
		pantiType: z.enum(PANTI_TYPES).optional(),
		legalBasis: z.array(text(5)).min(1),
		/** Source of the aspect weights (often provisional). */
		weightsSource: sourceSchema,
		scale: z.object({ max: z.number().int().min(1).max(10), labels: z.array(text(2)) }).strict(),
		changes: z.string().optional(),
		aspects: z.array(aspectSchema).min(1)
	})
	.strict()
	.superRefine((r, ctx) => {
		const issue = (path: (string | number)[], message: string) =>
			ctx.addIssue({ code: 'custom', path, message });
		if (r.scale.labels.length !== r.scale.max + 1)
			issue(['scale', 'labels'], `perlu ${r.scale.max + 1} label (level 0..${r.scale.max})`);
		if (r.part === 'khusus' && !r.pantiType)
			issue(['pantiType'], 'standar khusus harus punya pantiType');
		if (r.part === 'umum' && r.pantiType)
			issue(['pantiType'], 'standar umum tidak punya pantiType');
		const aspectCodes = new Set<string>();
		const codes = new Set<string>();
		r.aspects.forEach((a, ai) => {
			if (aspectCodes.has(a.code)) issue(['aspects', ai, 'code'], `kode aspek ${a.code} ganda`);
			aspectCodes.add(a.code);
			a.indicators.forEach((ind, ii) => {
				const at = ['aspects', ai, 'indicators', ii];
				if (codes.has(ind.code)) issue([...at, 'code'], `kode indikator ${ind.code} ganda`);
				codes.add(ind.code);
				if (ind.levels.length !== r.scale.max + 1)
					issue(
						[...at, 'levels'],
						`perlu ${r.scale.max + 1} deskriptor (level 0..${r.scale.max}), ada ${ind.levels.length}`
					);
				if (new Set(ind.levels).size !== ind.levels.length)
					issue([...at, 'levels'], 'deskriptor tiap level harus berbeda');
				if (ind.expectedLevel !== undefined && ind.expectedLevel > r.scale.max)
					issue([...at, 'expectedLevel'], `melebihi level maksimum ${r.scale.max}`);
				if (ind.critical && ind.critical.minLevel > r.scale.max)
					issue([...at, 'critical', 'minLevel'], `melebihi level maksimum ${r.scale.max}`);
				if (ind.safeguarding && ind.safeguarding.minLevel > r.scale.max)
					issue([...at, 'safeguarding', 'minLevel'], `melebihi level maksimum ${r.scale.max}`);
				if (ind.allowNA && !ind.naWhen) issue([...at, 'naWhen'], 'jelaskan kapan N/A berlaku');
				if (ind.critical && ind.allowNA)
					issue([...at, 'allowNA'], 'indikator kritis tidak boleh N/A');
				if (ind.computed && ind.computed.atMost.length !== r.scale.max)
					issue(
						[...at, 'computed', 'atMost'],
						`perlu ${r.scale.max} batas (untuk level ${r.scale.max}..1)`
					);
			});
		});
	});

const partRef = z
	.object({ rubric: z.string().regex(ID), version: z.string().regex(SEMVER) })
	.strict();

export const instrumentSchema = z
	.object({
		$schema: z.string().optional(),
		kind: z.literal('instrument'),
		id: z.string().regex(ID),
		version: z.string().regex(SEMVER),
		title: text(5),
		legalBasis: z.array(text(5)).min(1),
		umum: partRef,
		khusus: z.partialRecord(z.enum(PANTI_TYPES), partRef),
		/** Weight of the standar umum and of the standar khusus in the total. */
		partWeights: z.object({ umum: z.number().positive(), khusus: z.number().positive() }).strict(),
		partWeightsSource: sourceSchema,
		/** Bands from best to worst; a band applies when the total reaches its minimum. */
		grades: z
			.array(
				z
					.object({
						grade: z.enum(GRADES),
						label: text(2),
						/** Minimum total %, compared after rounding to two decimals. */
						min: z.number().min(0).max(100),
						/** true: total ≥ min; false: total > min. */
						inclusive: z.boolean(),
						validityYears: z.number().int().nonnegative(),
						/** Where this band's minimum comes from, when it differs from gradesSource. */
						source: sourceSchema.optional()
					})
					.strict()
			)
			.min(1),
		gradesSource: sourceSchema,
		/** A critical indicator below its minimum caps the grade at this one unless a gate says otherwise. */
		criticalCap: z.enum(GRADES),
		gates: z
			.array(
				z
					.object({
						part: z.enum(PARTS),
						indicator: z.string().regex(CODE),
						below: z.number().int().positive(),
						cap: z.enum(GRADES),
						explanation: text(10)
					})
					.strict()
			)
			.default([]),
		changes: z.string().optional()
	})
	.strict()
	.superRefine((ins, ctx) => {
		const seen = new Set<string>();
		ins.grades.forEach((g, i) => {
			if (seen.has(g.grade))
				ctx.addIssue({
					code: 'custom',
					path: ['grades', i, 'grade'],
					message: `peringkat ${g.grade} ganda`
				});
			seen.add(g.grade);
			if (i > 0 && g.min > ins.grades[i - 1]!.min)
				ctx.addIssue({
					code: 'custom',
					path: ['grades', i, 'min'],
					message: 'urutkan peringkat dari minimum tertinggi'
				});
			if (g.grade === 'TT' && g.validityYears !== 0)
				ctx.addIssue({
					code: 'custom',
					path: ['grades', i, 'validityYears'],
					message: 'Tidak Terakreditasi tidak punya masa berlaku (0)'
				});
		});
		const last = ins.grades[ins.grades.length - 1];
		if (last && (last.min !== 0 || !last.inclusive))
			ctx.addIssue({
				code: 'custom',
				path: ['grades', ins.grades.length - 1],
				message: 'peringkat terakhir harus mulai dari 0 (inklusif)'
			});
	});

export type RubricFile = z.input<typeof rubricSchema>;
export type Rubric = z.output<typeof rubricSchema>;
export type Aspect = Rubric['aspects'][number];
export type Indicator = Aspect['indicators'][number];
export type Instrument = z.output<typeof instrumentSchema>;
export type GradeBand = Instrument['grades'][number];
export type Gate = Instrument['gates'][number];
