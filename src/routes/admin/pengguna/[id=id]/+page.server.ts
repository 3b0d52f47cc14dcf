import { error, fail, redirect } from '@sveltejs/kit';
import { userEditSchema } from '$lib/domain/users/form';
import { getDb } from '$lib/server/db/connection';
import { formValues, invalid, parseWith, readForm } from '$lib/server/forms';
import { BUSY_MESSAGE } from '$lib/server/auth/hashing';
import { requireRole } from '$lib/server/guard';
import { getUser, setUserActive, updateUser } from '$lib/server/users/manage';
import { userFormInput, userFormOptions } from '$lib/server/users/form-data';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals, url, params }) => {
	const admin = requireRole(locals, url, 'admin');
	const db = getDb();
	const user = getUser(db, Number(params.id));
	if (!user) error(404, 'Pengguna tidak ditemukan.');
	return {
		user,
		isSelf: user.id === admin.id,
		saved: url.searchParams.has('disimpan'),
		created: url.searchParams.has('dibuat'),
		values: {
			name: user.name,
			role: user.role,
			regionCode: user.regionCode ?? '',
			pantiId: user.pantiId === null ? '' : String(user.pantiId),
			nip: user.nip ?? '',
			position: user.position ?? ''
		},
		...userFormOptions(db)
	};
}) satisfies PageServerLoad;

export const actions = {
	simpan: async ({ locals, url, params, request }) => {
		const admin = requireRole(locals, url, 'admin');
		const id = Number(params.id);
		const data = await readForm(request);
		if (!(data instanceof FormData)) return data;
		const parsed = parseWith(userEditSchema, userFormInput(data), data);
		if (!parsed.ok) return parsed.failure;
		const result = await updateUser(getDb(), admin.id, id, parsed.data);
		if (result.ok) redirect(303, `/admin/pengguna/${id}?disimpan=1`);
		if (result.reason === 'not_found') error(404, 'Pengguna tidak ditemukan.');
		if (result.reason === 'busy')
			return fail(503, { values: formValues(data), errors: {}, message: BUSY_MESSAGE });
		if (result.reason === 'stale')
			return fail(409, {
				values: {},
				errors: {},
				message: 'Pengguna ini sudah diubah admin lain. Muat ulang halaman lalu ulangi perubahan.'
			});
		return invalid(data, result.errors);
	},
	nonaktifkan: ({ locals, url, params }) => toggle(locals, url, params.id, false),
	aktifkan: ({ locals, url, params }) => toggle(locals, url, params.id, true)
} satisfies Actions;

function toggle(locals: App.Locals, url: URL, rawId: string, active: boolean) {
	const admin = requireRole(locals, url, 'admin');
	const id = Number(rawId);
	const result = setUserActive(getDb(), admin.id, id, active);
	if (result.ok) redirect(303, `/admin/pengguna/${id}?disimpan=1`);
	if (result.reason === 'not_found') error(404, 'Pengguna tidak ditemukan.');
	return fail(400, {
		values: {},
		errors: {},
		message: result.reason === 'invalid' ? Object.values(result.errors)[0]?.[0] : 'Gagal menyimpan.'
	});
}
