/**
 * The batch engine equals the engine on the shipped rubric files, every instrument version and
 * panti type, with real weights and N/A: the regional analysis and the impact simulation rely on
 * it giving the very totals and grades the certificates carry.
 */
import { describe, expect, it } from 'vitest';
import {
	batchForm,
	encodeSheet,
	gradeLevels,
	scoreLevels,
	scratchFor
} from '$lib/domain/engine/batch';
import { gradeOf, resolveInstrument, scoreSheet, type ScoreEntry } from '$lib/domain/engine';
import { round2 } from '$lib/domain/round';
import { PANTI_TYPES } from '$lib/domain/panti/types';
import { loadCatalog } from './files';

const catalog = loadCatalog();
const rubric = (id: string, version: string) =>
	catalog.rubrics.find((r) => r.value.id === id && r.value.version === version)!.value;

describe('batch engine on the shipped instruments', () => {
	for (const { value: ins } of catalog.instruments)
		it(`instrument ${ins.version}: every type, 200 random sheets`, () => {
			let seed = 7;
			const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
			for (const type of PANTI_TYPES) {
				const k = ins.khusus[type];
				if (!k) continue;
				const form = resolveInstrument(
					ins,
					rubric(ins.umum.rubric, ins.umum.version),
					rubric(k.rubric, k.version)
				);
				const bf = batchForm(form);
				const scratch = scratchFor(bf);
				const step = new Float64Array(bf.n);
				for (let s = 0; s < 200 / PANTI_TYPES.length; s++) {
					const sheet = new Map<string, ScoreEntry>(
						form.indicators.map((i) => [
							i.code,
							i.indicator.allowNA && rnd(10) === 0
								? { level: null, notApplicable: true }
								: { level: rnd(i.max + 1), notApplicable: false }
						])
					);
					const want = scoreSheet(form, sheet);
					const bytes = encodeSheet(form, sheet);
					const raw = scoreLevels(bf, bytes, scratch, step);
					expect(raw).toBe(want.rawTotal);
					expect(step).toEqual(want.stepValue);
					expect(gradeLevels(bf, bytes, raw!)).toBe(gradeOf(form, round2(raw!), sheet).grade);
				}
			}
		});
});
