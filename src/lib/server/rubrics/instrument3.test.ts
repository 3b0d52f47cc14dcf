/**
 * Instrument 3.0.0 on every panti type: the outcomes a Dinas Sosial must be able to
 * defend, checked on the shipped rubric files rather than on a fixture.
 */
import { describe, expect, it } from 'vitest';
import {
	analyseGaps,
	type ResolvedInstrument,
	resolveInstrument,
	gradeOf,
	type ScoreEntry,
	scoreSheet,
	type Sheet
} from '$lib/domain/engine';
import { PANTI_TYPES, type PantiType } from '$lib/domain/panti/types';
import { loadCatalog } from './files';

const catalog = loadCatalog();
const rubric = (id: string, version: string) =>
	catalog.rubrics.find((r) => r.value.id === id && r.value.version === version)!.value;
const instrument = (version: string) =>
	catalog.instruments.find((i) => i.value.version === version)!.value;

function formOf(version: string, type: PantiType): ResolvedInstrument {
	const ins = instrument(version);
	const k = ins.khusus[type]!;
	return resolveInstrument(
		ins,
		rubric(ins.umum.rubric, ins.umum.version),
		rubric(k.rubric, k.version)
	);
}

/** Every indicator at `level(ind)` (clamped to its scale). */
function sheetOf(form: ResolvedInstrument, level: (code: string, max: number) => number): Sheet {
	return new Map<string, ScoreEntry>(
		form.indicators.map((i) => [
			i.code,
			{ level: Math.min(i.max, level(i.code, i.max)), notApplicable: false }
		])
	);
}
const grade = (form: ResolvedInstrument, sheet: Sheet) => {
	const score = scoreSheet(form, sheet);
	return { score, ...gradeOf(form, score.total!, sheet) };
};

const v3 = (type: PantiType) => formOf('3.0.0', type);

describe('instrument 3.0.0', () => {
	it('has a floor for C at 25 % with Tidak Terakreditasi below it, marked provisional', () => {
		const grades = instrument('3.0.0').grades;
		expect(grades.map((g) => [g.grade, g.min, g.inclusive, g.validityYears])).toEqual([
			['A', 66, false, 5],
			['B', 33, true, 3],
			['C', 25, true, 2],
			['TT', 0, true, 0]
		]);
		expect(grades.find((g) => g.grade === 'C')?.source?.provisional).toBe(true);
	});

	it.each(PANTI_TYPES)(
		'%s: valid papers and every other indicator at 0 → Tidak Terakreditasi',
		(type) => {
			// KEL-01 at the top, all else 0: its share of the total is a few percent (umum 60 %, one
			// indicator of weight 3 in a weighted aspect), far below the floor of 25 %.
			const form = v3(type);
			const {
				score,
				grade: g,
				gates
			} = grade(
				form,
				sheetOf(form, (code, max) => (code === 'KEL-01' ? max : 0))
			);
			expect(score.total).toBeLessThan(5);
			expect(g).toBe('TT');
			expect(gates.some((x) => x.code === 'KEL-01')).toBe(false);
		}
	);

	it.each(PANTI_TYPES.flatMap((type) => safeguardingOf(type).map((code) => [type, code] as const)))(
		'%s: %s below its level with everything else at the top → Tidak Terakreditasi',
		(type, code) => {
			const form = v3(type);
			const ind = form.indicators[form.byCode.get(code)!]!;
			const below = ind.indicator.safeguarding!.minLevel - 1;
			const result = grade(
				form,
				sheetOf(form, (c, max) => (c === code ? below : max))
			);
			// One indicator below the top costs a few points at most: the score alone is an A.
			expect(result.band).toBe('A');
			expect(result.grade).toBe('TT');
			expect(result.safeguarding.map((s) => s.code)).toEqual([code]);
			expect(result.explanation).toContain(code);
		}
	);

	it.each(PANTI_TYPES)(
		'%s covers violence and sexual abuse or exploitation with safeguarding indicators',
		(type) => {
			const titles = safeguardingOf(type)
				.map((code) => v3(type).indicators[v3(type).byCode.get(code)!]!.indicator)
				.map((i) => `${i.title} ${i.statement}`.toLowerCase());
			expect(titles.some((t) => t.includes('kekerasan'))).toBe(true);
			expect(titles.some((t) => /seksual|eksploitasi/.test(t))).toBe(true);
		}
	);

	it.each([
		['anak', /hukuman fisik/],
		['abh', /hukuman fisik/],
		['bina-laras', /pasung/],
		['napza', /pasung|pengurungan|pengikatan/],
		['lanjut-usia', /pengikatan|pengurungan/],
		['disabilitas', /pengekangan|pengurungan/],
		['tuna-sosial', /perdagangan orang/]
	] as const)('%s has a safeguarding indicator on %s', (type, pattern) => {
		const texts = safeguardingOf(type).map((code) => {
			const i = v3(type).indicators[v3(type).byCode.get(code)!]!.indicator;
			return `${i.title} ${i.statement}`.toLowerCase();
		});
		expect(texts.some((t) => pattern.test(t))).toBe(true);
	});

	it('KEL-01 can be met by a government UPT (pusat or daerah) as well as a community LKS', () => {
		const kel01 = v3('anak').indicators[v3('anak').byCode.get('KEL-01')!]!.indicator;
		const met = kel01.levels.slice(kel01.critical?.minLevel ?? 3).join(' ');
		expect(met).toMatch(/UPT/);
		expect(met).toMatch(/Perda|Perkada|peraturan (pembentukan|kepala daerah)/i);
		expect(met).toMatch(/akta|Kemenkumham|tanda daftar/i);
		expect(kel01.dimension).toBe('administrasi');
	});

	it.each(PANTI_TYPES)(
		'%s: a UPT that meets KEL-01 and scores 3 of 4 elsewhere is accredited',
		(type) => {
			// Level 3 everywhere: 75 % → A; KEL-01 at 3 meets its gate; safeguarding at 3 meets its level.
			const form = v3(type);
			const result = grade(
				form,
				sheetOf(form, () => 3)
			);
			expect(result.score.total).toBe(75);
			expect(result.grade).toBe('A');
			expect(result.gates).toEqual([]);
		}
	);

	it.each(PANTI_TYPES)('%s has outcome indicators (hasil pelayanan) in both parts', (type) => {
		const form = v3(type);
		const outcome = form.aspects.filter((a) => a.code === 'HSL');
		expect(outcome.map((a) => a.part).sort()).toEqual(['khusus', 'umum']);
	});

	it.each(PANTI_TYPES)('%s: the expected level is the top of the scale everywhere', (type) => {
		expect(v3(type).indicators.filter((i) => i.expected !== i.max)).toEqual([]);
	});
});

describe('points recoverable (every instrument, every type)', () => {
	// A small deterministic generator: the same sheets on every run.
	let seed = 7;
	const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

	it.each(
		catalog.instruments.flatMap((ins) =>
			PANTI_TYPES.map((type) => [ins.value.version, type] as const)
		)
	)('instrument %s, %s: points to the top sum to 100 − total', (version, type) => {
		const form = formOf(version, type);
		for (let k = 0; k < 20; k++) {
			const sheet = sheetOf(form, (_c, max) => Math.floor(next() * (max + 1)));
			const score = scoreSheet(form, sheet);
			const gaps = analyseGaps(form, sheet, score);
			expect(gaps.pointsToMaxTotal).toBeCloseTo(100 - score.rawTotal!, 9);
			// Where expected is the max (everything since 3.0.0), the gap table says the same.
			if (form.indicators.every((i) => i.expected === i.max))
				expect(gaps.pointsTotal).toBeCloseTo(gaps.pointsToMaxTotal, 9);
		}
	});

	it('bina laras 1.0.0 keeps BL-11 expected below max: its gap is to 3, its points to 4', () => {
		const form = formOf('2.0.0', 'bina-laras');
		const bl11 = form.indicators[form.byCode.get('BL-11')!]!;
		expect([bl11.expected, bl11.max]).toEqual([3, 4]);
		const sheet = sheetOf(form, () => 0);
		const score = scoreSheet(form, sheet);
		const item = analyseGaps(form, sheet, score).items.find((g) => g.code === 'BL-11')!;
		expect(item.gap).toBe(3);
		expect(item.pointsToMax).toBeCloseTo((item.points * 4) / 3, 9);
	});
});

function safeguardingOf(type: PantiType): string[] {
	return v3(type)
		.indicators.filter((i) => i.indicator.safeguarding)
		.map((i) => i.code);
}
