import { fail, redirect } from '@sveltejs/kit';
import {
	IMPORT_COLUMNS,
	MAX_IMPORT_BYTES,
	MAX_IMPORT_COLUMNS,
	MAX_IMPORT_ROWS
} from '$lib/domain/panti/import';
import { getDb } from '$lib/server/db/connection';
import { readForm } from '$lib/server/forms';
import { requireRole } from '$lib/server/guard';
import { confirmPantiImport, previewPantiImport, previewView } from '$lib/server/panti/import';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
	requireRole(locals, url, 'admin', 'dinas');
	const saved = Number(url.searchParams.get('disimpan'));
	return {
		columns: IMPORT_COLUMNS,
		maxRows: MAX_IMPORT_ROWS,
		maxColumns: MAX_IMPORT_COLUMNS,
		/** How many panti the import just saved (after the redirect), or null. */
		saved: Number.isInteger(saved) && saved > 0 ? saved : null
	};
}) satisfies PageServerLoad;

const tooBig = 'Berkas lebih dari 2 MB. Bagi menjadi beberapa berkas.';

export const actions = {
	/** Step 1: read and check the file, show the preview; nothing is saved. */
	pratinjau: async ({ locals, url, request }) => {
		const user = requireRole(locals, url, 'admin', 'dinas');
		const data = await readForm(request);
		if (!(data instanceof FormData)) return data;
		const file = data.get('berkas');
		if (!(file instanceof File) || file.name === '')
			return fail(400, { message: 'Pilih berkas CSV atau XLSX terlebih dahulu.' });
		if (file.size > MAX_IMPORT_BYTES) return fail(400, { message: tooBig });
		const bytes = new Uint8Array(await file.arrayBuffer());
		const result = await previewPantiImport(getDb(), user, bytes);
		if (!result.ok) return fail(400, { message: result.message });
		return {
			fileName: file.name,
			preview: previewView(result.preview),
			// The confirm step gets the file back and checks it again; see import.ts.
			token: { content: Buffer.from(bytes).toString('base64'), digest: result.digest }
		};
	},

	/** Step 2: save the rows that were OK in the preview, all or nothing. */
	simpan: async ({ locals, url, request }) => {
		const user = requireRole(locals, url, 'admin', 'dinas');
		const data = await readForm(request);
		if (!(data instanceof FormData)) return data;
		const content = data.get('isi');
		const digest = data.get('sidik');
		const name = data.get('nama_berkas');
		if (typeof content !== 'string' || typeof digest !== 'string' || typeof name !== 'string')
			return fail(400, { message: 'Pratinjau tidak lengkap. Unggah ulang berkasnya.' });
		if (content.length > Math.ceil(MAX_IMPORT_BYTES / 3) * 4) return fail(400, { message: tooBig });
		const bytes = new Uint8Array(Buffer.from(content, 'base64'));
		const result = await confirmPantiImport(getDb(), user, { bytes, name }, digest, new Date());
		if (!result.ok) return fail(400, { message: result.message });
		redirect(303, `/panti/impor?disimpan=${result.ids.length}`);
	}
} satisfies Actions;
