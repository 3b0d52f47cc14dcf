import { error, fail, redirect } from '@sveltejs/kit';
import { canManagePantiIn } from '$lib/domain/access';
import { pantiFormValues } from '$lib/domain/panti/form';
import { getDb } from '$lib/server/db/connection';
import { formValues, invalid, readForm } from '$lib/server/forms';
import { requireRole } from '$lib/server/guard';
import { getPanti } from '$lib/server/panti/detail';
import { parsePantiForm } from '$lib/server/panti/form';
import { updatePanti } from '$lib/server/panti/save';
import { regionOptions } from '$lib/server/regions';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals, url, params }) => {
	const user = requireRole(locals, url, 'admin', 'dinas');
	const db = getDb();
	const panti = getPanti(db, user, Number(params.id));
	if (!panti || !canManagePantiIn(user, panti.regionCode)) error(404, 'Panti tidak ditemukan.');
	return {
		id: panti.id,
		name: panti.name,
		version: panti.version,
		values: pantiFormValues(panti),
		regions: regionOptions(db, user)
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, url, params, request }) => {
		const user = requireRole(locals, url, 'admin', 'dinas');
		const id = Number(params.id);
		const db = getDb();
		const current = getPanti(db, user, id);
		// Scope first: an out-of-scope panti is "not found" whatever was posted.
		if (!current || !canManagePantiIn(user, current.regionCode))
			error(404, 'Panti tidak ditemukan.');
		const data = await readForm(request);
		if (!(data instanceof FormData)) return data;
		const version = Number(data.get('version'));
		if (!Number.isInteger(version) || version < 1)
			return invalid(data, {}, 'Formulir tidak lengkap. Muat ulang halaman lalu coba lagi.');
		const parsed = parsePantiForm(data);
		if (!parsed.ok) return parsed.failure;
		const result = updatePanti(db, user, id, version, parsed.data, new Date());
		if (result.ok) redirect(303, `/panti/${id}?disimpan=1`);
		if (result.reason === 'not_found') error(404, 'Panti tidak ditemukan.');
		if (result.reason === 'invalid') return invalid(data, result.errors);
		return fail(409, {
			values: formValues(data),
			errors: {},
			message: `Data panti ini sudah diubah orang lain (versi ${result.current.version}) sejak Anda membukanya. Isian Anda belum disimpan: muat ulang halaman untuk melihat data terbaru, lalu ulangi perubahan Anda.`
		});
	}
} satisfies Actions;
