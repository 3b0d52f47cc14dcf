import type { Pathname } from '$app/types';
import type { Role } from '$lib/domain/access';

export interface NavItem {
	href: Pathname;
	label: string;
}

/** Navigation per role; a panti head's only destination is their own panti. */
export function navFor(role: Role, pantiId: number | null): NavItem[] {
	switch (role) {
		case 'admin':
			return [
				{ href: '/panti', label: 'Panti' },
				{ href: '/penilaian', label: 'Penilaian' },
				{ href: '/admin/pengguna', label: 'Pengguna' },
				{ href: '/rubrik', label: 'Rubrik' }
			];
		case 'dinas':
			return [
				{ href: '/panti', label: 'Panti' },
				{ href: '/penilaian', label: 'Penilaian' },
				{ href: '/rubrik', label: 'Rubrik' }
			];
		case 'asesor':
			return [
				{ href: '/penilaian', label: 'Penilaian saya' },
				{ href: '/rubrik', label: 'Rubrik' }
			];
		case 'panti':
			return pantiId === null ? [] : [{ href: `/panti/${pantiId}`, label: 'Panti saya' }];
	}
}
