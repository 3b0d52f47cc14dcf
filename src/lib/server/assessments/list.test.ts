import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { AssessmentStatus } from '$lib/domain/assessment/status';
import { assessments } from '../db/schema';
import { validPantiForm } from '../../../../tests/support/db';
import { addAsesor, addPanti, kutimWorld, openAssessment } from '../../../../tests/support/world';
import { listAssessments, parseAssessmentFilters } from './list';

/** Four assessments of two Kutai Timur panti in four states, and one in Samarinda (64.72). */
function world() {
	const { db, admin, pantiId, dinas } = kutimWorld();
	const other = addPanti(db, admin, validPantiForm({ name: 'Panti Werdha Kasih Ibu' }));
	const samarinda = addPanti(
		db,
		admin,
		validPantiForm({ name: 'Panti Samarinda', regionCode: '64.72' })
	);
	const lead = addAsesor(db, 'rina');
	const open = (panti: number, status: AssessmentStatus, plannedDate: string | null) => {
		const { id } = openAssessment(db, admin, { pantiId: panti, leadId: lead.id, plannedDate });
		db.update(assessments).set({ status }).where(eq(assessments.id, id)).run();
		return id;
	};
	const ids = {
		finalOld: open(pantiId, 'finalized', '2026-01-10'),
		finalNew: open(other, 'finalized', '2026-06-10'),
		draftLate: open(other, 'draft', '2026-12-20'),
		progressSoon: open(pantiId, 'in_progress', '2026-12-05'),
		undated: open(other, 'in_progress', null),
		submitted: open(pantiId, 'submitted', '2026-11-01'),
		returned: open(other, 'returned', '2026-12-30'),
		elsewhere: open(samarinda, 'returned', '2026-10-01')
	};
	return { db, dinas, lead, ids };
}

describe('listAssessments', () => {
	it('puts a reviewer’s returned, then submitted, then open work by date, finalized newest first', () => {
		const { db, dinas, ids } = world();
		const order = listAssessments(db, dinas, { sort: 'urgensi' }).map((a) => a.id);
		expect(order).toEqual([
			ids.returned,
			ids.submitted,
			ids.progressSoon,
			ids.undated,
			ids.draftLate,
			ids.finalNew,
			ids.finalOld
		]);
	});

	it('puts an assessor’s open work before what waits for review', () => {
		const { db, lead, ids } = world();
		const order = listAssessments(db, lead, { sort: 'urgensi' }).map((a) => a.id);
		expect(order.slice(0, 5)).toEqual([
			ids.elsewhere,
			ids.returned,
			ids.progressSoon,
			ids.undated,
			ids.draftLate
		]);
		expect(order.indexOf(ids.submitted)).toBe(5);
	});

	it('searches panti names and filters by status, within the scope only', () => {
		const { db, dinas, ids } = world();
		const kasih = listAssessments(db, dinas, { q: 'kasih' }).map((a) => a.id);
		expect(kasih.sort()).toEqual([ids.finalNew, ids.draftLate, ids.undated, ids.returned].sort());
		const returned = listAssessments(db, dinas, { status: 'returned' }).map((a) => a.id);
		expect(returned).toEqual([ids.returned]);
		expect(listAssessments(db, dinas, { q: 'Samarinda' })).toEqual([]);
		// LIKE wildcards in the search are plain characters.
		expect(listAssessments(db, dinas, { q: '%' })).toEqual([]);
	});
});

describe('parseAssessmentFilters', () => {
	it.each([
		['q=+kasih+&status=returned&sort=jadwal', { q: 'kasih', status: 'returned', sort: 'jadwal' }],
		['status=nonsense&sort=acak&q=', { q: undefined, status: undefined, sort: undefined }],
		['', { q: undefined, status: undefined, sort: undefined }]
	])('%s', (query, expected) => {
		expect(parseAssessmentFilters(new URLSearchParams(query))).toEqual(expected);
	});
});
