import { error, fail, redirect } from '@sveltejs/kit';
import {
	agendaFilterQuery,
	filterAgendaActions,
	parseAgendaFilter
} from '$lib/domain/plan/agenda-filter';
import { formatDateTime } from '$lib/domain/format';
import { parseId } from '$lib/domain/id';
import { zoneOfRegion } from '$lib/domain/time-zone';
import { agendaScope, requestedScope, scopeChoices, scopeParam } from '$lib/server/agenda/access';
import { agendaView } from '$lib/server/agenda/read';
import { updateAgendaAction } from '$lib/server/agenda/update';
import type { StoredAction } from '$lib/server/plans/save-action';
import { todayIn } from '$lib/server/clock';
import { getDb } from '$lib/server/db/connection';
import { formValues, readForm, textField } from '$lib/server/forms';
import { requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

const NOT_FOUND = 'Agenda tidak ditemukan.';

/** The agenda the URL names (the actor's own without `wilayah`), or 404 outside the actor's scope. */
function scopeOf(locals: App.Locals, url: URL) {
	const user = requireRole(locals, url, 'admin', 'dinas');
	const db = getDb();
	const scope = agendaScope(db, user, requestedScope(user, url.searchParams.get('wilayah')));
	// Outside the user's scope looks exactly like an agenda that does not exist.
	if (!scope) error(404, NOT_FOUND);
	return { user, db, scope, zone: zoneOfRegion(scope.code) };
}

export const load = (({ locals, url }) => {
	const { user, db, scope, zone } = scopeOf(locals, url);
	const { actions, progress } = agendaView(db, user, scope.code, todayIn(zone));
	const filter = parseAgendaFilter(url.searchParams);
	const shown = filterAgendaActions(actions, filter);
	return {
		zone,
		scope,
		/** The agendas the actor may switch to (none for a kab/kota Dinas: it has one). */
		choices: scopeChoices(db, user),
		/** The scope as the URL names it, carried by every link and form of the page. */
		wilayah: scopeParam(scope.code),
		filter,
		filterQuery: agendaFilterQuery(filter),
		actionCount: actions.length,
		progress,
		actions: shown.map(({ searchText: _, ...a }) => a),
		/** The one action whose form is open (a link opens it, so it works without JavaScript). */
		open: parseId(url.searchParams.get('ubah')),
		/** The action saved by the last POST, to confirm it in place. */
		saved: Number(url.searchParams.get('disimpan')) || null
	};
}) satisfies PageServerLoad;

export const actions = {
	simpan: async ({ locals, url, request }) => {
		const { user, db, scope, zone } = scopeOf(locals, url);
		if (!scope.canEdit)
			error(403, `Agenda ${scope.name} diperbarui oleh kantornya sendiri; Anda dapat membacanya.`);
		const data = await readForm(request);
		if (!(data instanceof FormData))
			return fail(400, {
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
				actionId,
				values: formValues(data),
				errors: more.errors ?? {},
				current: more.current ?? null,
				message
			});
		if (actionId === null || version === null)
			return refuse(400, 'Formulir tidak lengkap. Muat ulang halaman lalu coba lagi.');
		const result = updateAgendaAction(
			db,
			user,
			scope.code,
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
		if (result.ok) {
			const filter = agendaFilterQuery(
				parseAgendaFilter(new URLSearchParams(textField(data, 'filter') ?? ''))
			);
			const q = [`wilayah=${encodeURIComponent(scopeParam(scope.code))}`, filter];
			redirect(
				303,
				`/agenda?${[...q, `disimpan=${actionId}`].filter(Boolean).join('&')}#tindakan-${actionId}`
			);
		}
		if (result.reason === 'not_found') error(404, 'Tindakan tidak ditemukan pada agenda ini.');
		if (result.reason === 'invalid')
			return refuse(400, 'Periksa kembali isian yang ditandai.', { errors: result.errors });
		if (result.reason !== 'stale') error(403, 'Anda tidak dapat mengubah agenda ini.');
		const c = result.current;
		return refuse(
			409,
			`Tindakan ini sudah diubah oleh ${c.updatedByName ?? 'pengguna lain'} pada ${formatDateTime(c.updatedAt, zone)} sejak Anda membukanya. Isian Anda belum disimpan; nilai yang tersimpan sekarang tercantum di bawah. Periksa isian Anda, lalu tekan Simpan lagi bila tetap ingin menggantinya.`,
			{ current: c }
		);
	}
} satisfies Actions;

interface RefusalDetail {
	errors: Record<string, string[]>;
	/** A stale save: the stored values that won, shown beside the user's. */
	current: StoredAction;
}
