import { error, fail, redirect } from '@sveltejs/kit';
import type { AssessmentRow } from '$lib/server/assessments/access';
import { loadAssessment, loadAssessmentInstrument } from '$lib/server/assessments/load';
import { assessmentResults } from '$lib/server/assessments/results';
import { readSheet } from '$lib/server/assessments/scores';
import { teamOf } from '$lib/server/assessments/view';
import type { Db } from '$lib/server/db';
import { invalid, parseWith, readForm } from '$lib/server/forms';
import { canRevoke, mayReadRevokeReason } from '$lib/domain/access';
import { revokeCertificate, revokeFormSchema } from '$lib/server/certificates/revoke';
import { certificateStatus } from '$lib/domain/assessment/certificate-status';
import { instrumentFor, getInstrumentVersion } from '$lib/server/rubrics/read';
import { submit } from '$lib/server/assessments/workflow';
import { mayChangeTeam, teamNotice } from '$lib/server/assessments/team-change';
import { formatVisitDates } from '$lib/domain/assessment/visit-record';
import { todayIn } from '$lib/server/clock';
import type { Actions, PageServerLoad } from './$types';
import { zoneOfRegion } from '$lib/domain/time-zone';
import { readerText } from '$lib/domain/rubric/reader-text';

/** What the reviewer decides on: the provisional result of the consolidated sheet. */
function reviewSummary(db: Db, a: AssessmentRow) {
	const r = assessmentResults(db, a);
	if (!r?.grade || r.score.total === null) return null;
	return {
		total: r.score.total,
		grade: r.grade.grade,
		explanation: r.grade.explanation,
		validityYears: r.grade.validityYears,
		safeguarding: r.grade.safeguarding
	};
}

export const load = ((event) => {
	const { user, db, access } = loadAssessment(event);
	const a = access.assessment;
	const form = instrumentFor(db, a.instrumentVersionId, access.pantiType);
	const ins = getInstrumentVersion(db, a.instrumentVersionId);
	const team = teamOf(db, a.id).map((m) => {
		const sheet = readSheet(db, a.id, m.id);
		return { ...m, done: sheet.filter((s) => s.notApplicable || s.level !== null).length };
	});
	return {
		zone: zoneOfRegion(access.regionCode),
		assessment: {
			id: a.id,
			kind: a.kind,
			status: a.status,
			plannedDate: a.plannedDate,
			/** The actual visit dates from the lead's visit record, once entered. */
			visitDates: a.visitRecord && formatVisitDates(a.visitRecord),
			grade: a.grade,
			totalPct: a.totalPct,
			returnReason: a.returnReason,
			pantiId: a.pantiId,
			pantiName: access.pantiName
		},
		instrument: ins ? `${ins.content.title} v${ins.content.version}` : '',
		indicatorCount: form?.indicators.length ?? 0,
		team,
		teamRole: access.teamRole,
		canScore: access.canScore,
		mustDeclare: access.mustDeclare,
		isLead: access.isLead,
		canReview: access.canReview,
		canChangeTeam: mayChangeTeam(access),
		teamNotice: mayChangeTeam(access) ? teamNotice(db, a.id) : null,
		certificate: a.certificateNumber
			? {
					number: a.certificateNumber,
					code: a.verificationCode,
					validUntil: a.validUntil,
					status: certificateStatus(a, todayIn(zoneOfRegion(access.regionCode))),
					revokedAt: a.revokedAt,
					/** Null for those who may not read it (see mayReadRevokeReason); '' when none was kept. */
					revokeReason: mayReadRevokeReason(user) ? (a.revokeReason ?? '') : null
				}
			: null,
		canRevoke: canRevoke(user, a),
		gateExplanation: readerText(a.gateExplanation),
		review: access.canReview && a.status === 'submitted' ? reviewSummary(db, a) : null,
		created: event.url.searchParams.has('dibuat'),
		done: event.url.searchParams.get('selesai')
	};
}) satisfies PageServerLoad;

export const actions = {
	ajukan: (event) => {
		const { user, db, access, form } = loadAssessmentInstrument(event);
		if (!access.isLead) error(403, 'Hanya ketua tim yang dapat mengajukan penilaian.');
		const result = submit(db, user, access, form, new Date());
		if (!result.ok) return fail(400, { action: 'ajukan', message: result.message });
		redirect(303, `/penilaian/${event.params.id}?selesai=ajukan`);
	},
	cabut: async (event) => {
		// Admins only: anyone else gets a 403 before the form is even read.
		const { user, db, access } = loadAssessment(event, { roles: ['admin'] });
		const data = await readForm(event.request);
		if (!(data instanceof FormData)) return data;
		const parsed = parseWith(
			revokeFormSchema,
			{ reason: data.get('reason'), confirm: data.get('confirm') },
			data
		);
		if (!parsed.ok) return parsed.failure;
		const result = revokeCertificate(db, user, access, parsed.data.reason, new Date());
		if (!result.ok) return invalid(data, {}, result.message);
		redirect(303, `/penilaian/${event.params.id}?selesai=cabut`);
	}
} satisfies Actions;
