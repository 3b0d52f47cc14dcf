import { error, fail, redirect } from '@sveltejs/kit';
import { assessmentAccess, type AssessmentRow } from '$lib/server/assessments/access';
import { assessmentResults } from '$lib/server/assessments/results';
import { readSheet } from '$lib/server/assessments/scores';
import { teamOf } from '$lib/server/assessments/view';
import { getDb } from '$lib/server/db/connection';
import { idParam, requireRole, requireUser } from '$lib/server/guard';
import { invalid, parseWith, readForm } from '$lib/server/forms';
import {
	canRevoke,
	mayReadRevokeReason,
	revokeCertificate,
	revokeFormSchema
} from '$lib/server/certificates/revoke';
import { certificateStatus } from '$lib/domain/certificate-status';
import { cleanText } from '$lib/domain/form-fields';
import { formFor, getInstrumentVersion } from '$lib/server/rubrics/read';
import { finalize, returnForRevision, submit } from '$lib/server/assessments/workflow';
import { todayWib } from '$lib/server/clock';
import type { Actions, PageServerLoad } from './$types';

/** What the reviewer decides on: the provisional result of the consolidated sheet. */
function reviewSummary(db: ReturnType<typeof getDb>, a: AssessmentRow) {
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

export const load = (({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const db = getDb();
	const access = assessmentAccess(db, user, idParam(params.id));
	if (!access) error(404, 'Penilaian tidak ditemukan.');
	const a = access.assessment;
	const form = formFor(db, a.instrumentVersionId, access.pantiType);
	const ins = getInstrumentVersion(db, a.instrumentVersionId);
	const team = teamOf(db, a.id).map((m) => {
		const sheet = readSheet(db, a.id, m.id);
		return { ...m, done: sheet.filter((s) => s.notApplicable || s.level !== null).length };
	});
	return {
		assessment: {
			id: a.id,
			kind: a.kind,
			status: a.status,
			plannedDate: a.plannedDate,
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
		isLead: access.isLead,
		canReview: access.canReview,
		certificate: a.certificateNumber
			? {
					number: a.certificateNumber,
					code: a.verificationCode,
					validUntil: a.validUntil,
					status: certificateStatus(a, todayWib()),
					revokedAt: a.revokedAt,
					/** Null for those who may not read it (see mayReadRevokeReason); '' when none was kept. */
					revokeReason: mayReadRevokeReason(user) ? (a.revokeReason ?? '') : null
				}
			: null,
		canRevoke: canRevoke(user, a),
		gateExplanation: a.gateExplanation,
		review: access.canReview && a.status === 'submitted' ? reviewSummary(db, a) : null,
		created: url.searchParams.has('dibuat'),
		done: url.searchParams.get('selesai')
	};
}) satisfies PageServerLoad;

/** Resolves the assessment and its form for a workflow action, or a 404 that reveals nothing. */
function context(locals: App.Locals, url: URL, rawId: string) {
	const user = requireUser(locals, url);
	const db = getDb();
	const access = assessmentAccess(db, user, idParam(rawId));
	if (!access) error(404, 'Penilaian tidak ditemukan.');
	const form = formFor(db, access.assessment.instrumentVersionId, access.pantiType);
	if (!form) error(500, 'Instrumen penilaian tidak lengkap.');
	return { user, db, access, form };
}

const NOT_REVIEWER = 'Anda tidak berwenang meninjau penilaian ini.';

// Free text the team reads: hidden characters are stripped rather than refused.
const reasonSchema = cleanText(
	'Alasan',
	{ multiline: true, hidden: 'strip' },
	{ error: 'Tuliskan alasan pengembalian.' }
)
	.trim()
	.min(10, { error: 'Alasan minimal 10 karakter agar tim tahu apa yang harus diperbaiki.' })
	.max(2000, { error: 'Alasan paling banyak 2.000 karakter.' });

export const actions = {
	ajukan: ({ locals, url, params }) => {
		const { user, db, access, form } = context(locals, url, params.id);
		if (!access.isLead) error(403, 'Hanya ketua tim yang dapat mengajukan penilaian.');
		const result = submit(db, user, access, form, new Date());
		if (!result.ok) return fail(400, { action: 'ajukan', message: result.message });
		redirect(303, `/penilaian/${params.id}?selesai=ajukan`);
	},
	kembalikan: async ({ locals, url, params, request }) => {
		const { user, db, access } = context(locals, url, params.id);
		if (!access.canReview) error(403, NOT_REVIEWER);
		const data = await readForm(request);
		if (!(data instanceof FormData)) return data;
		const typed = data.get('reason');
		const reason = reasonSchema.safeParse(typed);
		if (!reason.success)
			return fail(400, {
				action: 'kembalikan',
				message: reason.error.issues[0]!.message,
				reason: typeof typed === 'string' ? typed : ''
			});
		const result = returnForRevision(db, user, access, reason.data, new Date());
		if (!result.ok)
			return fail(400, { action: 'kembalikan', message: result.message, reason: reason.data });
		redirect(303, `/penilaian/${params.id}?selesai=kembalikan`);
	},
	finalkan: ({ locals, url, params }) => {
		const { user, db, access, form } = context(locals, url, params.id);
		if (!access.canReview) error(403, NOT_REVIEWER);
		const result = finalize(db, user, access, form, todayWib(), new Date());
		if (!result.ok) return fail(400, { action: 'finalkan', message: result.message });
		redirect(303, `/penilaian/${params.id}?selesai=finalkan`);
	},
	cabut: async ({ locals, url, params, request }) => {
		// Admins only: anyone else gets a 403 before the form is even read.
		const user = requireRole(locals, url, 'admin');
		const db = getDb();
		const access = assessmentAccess(db, user, idParam(params.id));
		if (!access) error(404, 'Penilaian tidak ditemukan.');
		const data = await readForm(request);
		if (!(data instanceof FormData)) return data;
		const parsed = parseWith(
			revokeFormSchema,
			{ reason: data.get('reason'), confirm: data.get('confirm') },
			data
		);
		if (!parsed.ok) return parsed.failure;
		const result = revokeCertificate(db, user, access, parsed.data.reason, new Date());
		if (!result.ok) return invalid(data, {}, result.message);
		redirect(303, `/penilaian/${params.id}?selesai=cabut`);
	}
} satisfies Actions;
