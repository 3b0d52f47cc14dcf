import { redirect } from '@sveltejs/kit';
import { homePath } from '$lib/domain/access';
import type { PageServerLoad } from './$types';

export const load = (({ locals }) => {
	redirect(303, locals.user ? homePath(locals.user) : '/login');
}) satisfies PageServerLoad;
