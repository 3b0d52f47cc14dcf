import { resolve } from '$app/paths';
import type { Role } from '$lib/domain/access';

export interface NavItem {
	/** Already resolved against the app's base path. */
	href: string;
	label: string;
}

/** Navigation per role; a panti head's only destination is their own panti. */
export function navFor(role: Role, pantiId: number | null): NavItem[] {
	const rubrik = { href: resolve('/rubrik'), label: 'Rubrik' };
	switch (role) {
		case 'admin':
			return [
				{ href: resolve('/panti'), label: 'Panti' },
				{ href: resolve('/penilaian'), label: 'Penilaian' },
				{ href: resolve('/admin/pengguna'), label: 'Pengguna' },
				rubrik
			];
		case 'dinas':
			return [
				{ href: resolve('/panti'), label: 'Panti' },
				{ href: resolve('/penilaian'), label: 'Penilaian' },
				rubrik
			];
		case 'asesor':
			return [{ href: resolve('/penilaian'), label: 'Penilaian saya' }, rubrik];
		case 'panti':
			return pantiId === null
				? []
				: [{ href: resolve('/panti/[id]', { id: String(pantiId) }), label: 'Panti saya' }];
	}
}
