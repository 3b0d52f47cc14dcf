import { error, fail, redirect } from '@sveltejs/kit';
import { visitRecordSchema } from '$lib/domain/assessment/visit-record';
import { isOpenStatus } from '$lib/server/assessments/access';
import { loadAssessment } from '$lib/server/assessments/load';
import { teamOf } from '$lib/server/assessments/view';
import {
	mayRecordVisit,
	saveVisitRecord,
	teamPresentNames,
	visitRecordInput
} from '$lib/server/assessments/visit-record';
import { todayWib } from '$lib/server/clock';
import { invalid, parseWith, readForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';
import { zoneOfRegion } from '$lib/domain/time-zone';

// A self-assessment has no visit: for it the page does not exist.
function visitOnly<T extends { access: { assessment: { kind: string } } }>(context: T): T {
	if (context.access.assessment.kind !== 'visit') error(404, 'Penilaian tidak ditemukan.');
	return context;
}

export const load = ((event) => {
	const { db, access } = visitOnly(loadAssessment(event));
	const a = access.assessment;
	const record = a.visitRecord;
	return {
		zone: zoneOfRegion(access.regionCode),
		assessment: {
			id: a.id,
			pantiName: access.pantiName,
			status: a.status,
			plannedDate: a.plannedDate,
			version: a.version
		},
		record: record && { ...record, teamNames: teamPresentNames(db, record) },
		team: teamOf(db, a.id),
		/** The lead, while scoring is open; everyone else reads. */
		canEdit: mayRecordVisit(access) && isOpenStatus(a.status),
		today: todayWib(),
		saved: event.url.searchParams.has('disimpan')
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { user, db, access } = visitOnly(loadAssessment(event));
		if (!mayRecordVisit(access))
			error(403, 'Hanya ketua tim yang dapat mengisi catatan kunjungan.');
		const data = await readForm(event.request);
		if (!(data instanceof FormData)) return data;
		const version = Number(data.get('version'));
		if (!Number.isInteger(version) || version < 1)
			return invalid(data, {}, 'Formulir tidak lengkap. Muat ulang halaman lalu coba lagi.');
		const teamIds = teamOf(db, access.assessment.id).map((m) => m.id);
		const schema = visitRecordSchema(todayWib(), teamIds);
		const parsed = parseWith(schema, visitRecordInput(data), data);
		if (!parsed.ok) return parsed.failure;
		const result = saveVisitRecord(db, user, access, version, parsed.data, new Date());
		if (result.ok) redirect(303, `/penilaian/${event.params.id}/kunjungan?disimpan=1`);
		if (result.reason === 'stale')
			return fail(409, {
				...invalid(data, {}).data,
				message:
					'Penilaian ini sudah berubah sejak Anda membuka halaman ini (misalnya dari tab lain atau perubahan tim). Catatan Anda belum disimpan: muat ulang halaman, lalu isi lagi.'
			});
		return invalid(
			data,
			{},
			'Penilaian sudah diajukan: catatan kunjungan tidak dapat diubah lagi.'
		);
	}
} satisfies Actions;
