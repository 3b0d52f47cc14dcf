import { error, fail, redirect } from '@sveltejs/kit';
import { parseId } from '$lib/domain/id';
import { formatDateTime } from '$lib/domain/format';
import { todayIn } from '$lib/server/clock';
import { getDb } from '$lib/server/db/connection';
import {
	filterPlanActions,
	ownerOptions,
	parsePlanFilter,
	planFilterQuery
} from '$lib/domain/plan/filter';
import { formValues, readForm, textField, textFields } from '$lib/server/forms';
import { requireUser } from '$lib/server/guard';
import { planAccess } from '$lib/server/plans/access';
import { assignPlanActions } from '$lib/server/plans/bulk-assign';
import { groupActionViews, planView } from '$lib/server/plans/read';
import { updatePlanAction, type StoredAction } from '$lib/server/plans/update';
import { availableDocuments } from '$lib/server/reports/data';
import type { Actions, PageServerLoad } from './$types';
import { zoneOfRegion } from '$lib/domain/time-zone';

const NOT_FOUND = 'Rencana perbaikan tidak ditemukan.';

export const load = (({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const db = getDb();
	const access = planAccess(db, user, Number(params.id));
	// Outside the user's scope looks exactly like a plan that does not exist.
	if (!access) error(404, NOT_FOUND);
	const { actions, ...view } = planView(
		db,
		user,
		access,
		todayIn(zoneOfRegion(access.basis.regionCode))
	);
	const filter = parsePlanFilter(url.searchParams);
	const shown = filterPlanActions(actions, filter);
	return {
		zone: zoneOfRegion(access.basis.regionCode),
		...view,
		filter,
		/** The filter as a query string, carried by links and forms so a save keeps the view. */
		filterQuery: planFilterQuery(filter),
		actionCount: actions.length,
		shownCount: shown.length,
		owners: ownerOptions(actions),
		unassigned: actions.filter((a) => a.owner === '').length,
		groups: groupActionViews(shown),
		/** The one action whose form is open (a link opens it, so it works without JavaScript). */
		open: parseId(url.searchParams.get('ubah')),
		canEdit: access.canEdit,
		mayEdit: access.mayEdit,
		/** The basis assessment offers the plan PDF (it always does once a plan exists). */
		pdf: availableDocuments(db, access.basis.assessment).plan,
		/** The action saved by the last POST, to confirm it in place. */
		saved: Number(url.searchParams.get('disimpan')) || null,
		/** How many actions the last bulk assignment changed. */
		assigned: url.searchParams.has('ditetapkan')
			? Number(url.searchParams.get('ditetapkan')) || 0
			: null
	};
}) satisfies PageServerLoad;

interface RefusalDetail {
	errors: Record<string, string[]>;
	/** A stale save: the stored values that won, shown beside the user's. */
	current: StoredAction;
}

const READ_ONLY = 'Asesor dapat membaca rencana perbaikan, tetapi tidak mengubahnya.';

/** Back to the plan with the view the form was posted from (the filter it carried), plus `extra`. */
function backTo(planId: number, data: FormData, extra: string, hash = ''): string {
	const q = planFilterQuery(parsePlanFilter(new URLSearchParams(textField(data, 'filter') ?? '')));
	return `/rencana/${planId}?${q ? `${q}&` : ''}${extra}${hash}`;
}

/**
 * The plan an action posts to, when the user may edit it. Scope first: an out-of-scope plan is
 * "not found" whatever was posted.
 */
function editablePlan(locals: App.Locals, url: URL, id: string) {
	const user = requireUser(locals, url);
	const planId = Number(id);
	const db = getDb();
	const access = planAccess(db, user, planId);
	if (!access) error(404, NOT_FOUND);
	if (!access.mayEdit) error(403, READ_ONLY);
	return { user, planId, db, access };
}

export const actions = {
	simpan: async ({ locals, url, params, request }) => {
		const { user, planId, db, access } = editablePlan(locals, url, params.id);
		const data = await readForm(request);
		if (!(data instanceof FormData))
			return fail(400, {
				bulk: false,
				actionId: null,
				values: {},
				errors: {},
				current: null,
				message: data.data.message
			});
		const actionId = parseId(data.get('actionId'));
		const version = parseId(data.get('version'));
		const refuse = (status: 400 | 409, message: string, more: Partial<RefusalDetail> = {}) =>
			fail(status, {
				bulk: false,
				actionId,
				values: formValues(data),
				errors: more.errors ?? {},
				current: more.current ?? null,
				message
			});
		if (actionId === null || version === null)
			return refuse(400, 'Formulir tidak lengkap. Muat ulang halaman lalu coba lagi.');
		const result = updatePlanAction(
			db,
			user,
			planId,
			{
				actionId,
				version,
				fields: {
					owner: textField(data, 'owner'),
					dueDate: textField(data, 'dueDate'),
					status: textField(data, 'status'),
					progressNote: textField(data, 'progressNote')
				}
			},
			new Date()
		);
		if (result.ok)
			redirect(303, backTo(planId, data, `disimpan=${actionId}`, `#tindakan-${actionId}`));
		if (result.reason === 'not_found') error(404, 'Tindakan tidak ditemukan pada rencana ini.');
		if (result.reason === 'forbidden') error(403, READ_ONLY);
		if (result.reason === 'superseded')
			return refuse(
				409,
				'Rencana ini sudah digantikan oleh rencana yang lebih baru dan tidak dapat diubah lagi.'
			);
		if (result.reason === 'invalid')
			return refuse(400, 'Periksa kembali isian yang ditandai.', { errors: result.errors });
		const c = result.current;
		return refuse(
			409,
			`Tindakan ini sudah diubah oleh ${c.updatedByName ?? 'pengguna lain'} pada ${formatDateTime(c.updatedAt, zoneOfRegion(access.basis.regionCode))} sejak Anda membukanya. Isian Anda belum disimpan; nilai yang tersimpan sekarang tercantum di bawah. Periksa isian Anda, lalu tekan Simpan lagi bila tetap ingin menggantinya.`,
			{ current: c }
		);
	},

	/** One owner and/or due date for every selected action: all or nothing. */
	tetapkan: async ({ locals, url, params, request }) => {
		const { user, planId, db } = editablePlan(locals, url, params.id);
		const data = await readForm(request);
		const refuse = (status: 400 | 409, message: string, errors: Record<string, string[]> = {}) =>
			fail(status, {
				bulk: true,
				actionId: null,
				values: data instanceof FormData ? formValues(data) : {},
				errors,
				current: null,
				message
			});
		if (!(data instanceof FormData)) return refuse(400, data.data.message ?? '');
		const result = assignPlanActions(
			db,
			user,
			planId,
			{
				actions: textFields(data, 'actions'),
				owner: textField(data, 'owner'),
				dueDate: textField(data, 'dueDate')
			},
			new Date()
		);
		if (result.ok) redirect(303, backTo(planId, data, `ditetapkan=${result.changed}`, '#tetapkan'));
		if (result.reason === 'not_found') error(404, 'Tindakan tidak ditemukan pada rencana ini.');
		if (result.reason === 'forbidden') error(403, READ_ONLY);
		if (result.reason === 'superseded')
			return refuse(
				409,
				'Rencana ini sudah digantikan oleh rencana yang lebih baru dan tidak dapat diubah lagi.'
			);
		if (result.reason === 'invalid')
			return refuse(400, 'Periksa kembali isian yang ditandai.', result.errors);
		return refuse(
			409,
			`Tindakan ${result.codes.join(', ')} sudah diubah orang lain sejak halaman ini dibuka, jadi belum ada yang disimpan. Muat ulang halaman, pilih lagi, lalu tetapkan.`
		);
	}
} satisfies Actions;
