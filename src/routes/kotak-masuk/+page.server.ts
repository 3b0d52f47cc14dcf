import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '$lib/server/db/connection';
import { readForm } from '$lib/server/forms';
import { requireUser } from '$lib/server/guard';
import { inbox, markAllRead, openNotice } from '$lib/server/notifications/inbox';
import type { Actions, PageServerLoad } from './$types';

const querySchema = z.object({
	belum: z.literal('1').optional().catch(undefined),
	sebelum: z.coerce.number().int().positive().optional().catch(undefined)
});

export const load = (({ locals, url }) => {
	const user = requireUser(locals, url);
	const q = querySchema.parse(Object.fromEntries(url.searchParams));
	return {
		unreadOnly: q.belum === '1',
		...inbox(getDb(), user.id, { unreadOnly: q.belum === '1', before: q.sebelum })
	};
}) satisfies PageServerLoad;

const idSchema = z.coerce.number().int().positive();

export const actions = {
	/** Opening a notice marks it read, then goes where it points. */
	buka: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const data = await readForm(request);
		if (!(data instanceof FormData)) return data;
		const id = idSchema.safeParse(data.get('id'));
		if (!id.success) return fail(400, { message: 'Pemberitahuan tidak dikenal.' });
		const link = openNotice(getDb(), user.id, id.data, new Date());
		// Someone else's notice is not found, exactly like one that does not exist.
		if (link === null) error(404, 'Pemberitahuan tidak ditemukan.');
		redirect(303, link);
	},
	semua: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const data = await readForm(request);
		if (!(data instanceof FormData)) return data;
		return { marked: markAllRead(getDb(), user.id, new Date()) };
	}
} satisfies Actions;
