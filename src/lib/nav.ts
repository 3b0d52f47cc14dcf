import { resolve } from '$app/paths';
import type { Role } from '$lib/domain/access';

export interface NavItem {
	/** Already resolved against the app's base path. */
	href: string;
	label: string;
}

/** Navigation per role; a panti head only reaches their own panti, its results and plan. */
export function navFor(role: Role, pantiId: number | null): NavItem[] {
	const rubrik = { href: resolve('/rubrik'), label: 'Rubrik' };
	const compare = { href: resolve('/panti/bandingkan'), label: 'Bandingkan' };
	const gapAnalysis = { href: resolve('/analisis-wilayah'), label: 'Analisis wilayah' };
	// What government and partners are to do for the region's panti (issue 17).
	const agenda = { href: resolve('/agenda'), label: 'Agenda wilayah' };
	switch (role) {
		case 'admin':
			return [
				{ href: resolve('/dasbor'), label: 'Dasbor' },
				{ href: resolve('/panti'), label: 'Panti' },
				compare,
				gapAnalysis,
				{ href: resolve('/penilaian'), label: 'Penilaian' },
				{ href: resolve('/rencana'), label: 'Rencana perbaikan' },
				agenda,
				{ href: resolve('/admin/pengguna'), label: 'Pengguna' },
				rubrik
			];
		case 'dinas':
			return [
				{ href: resolve('/dasbor'), label: 'Dasbor' },
				{ href: resolve('/panti'), label: 'Panti' },
				compare,
				gapAnalysis,
				{ href: resolve('/penilaian'), label: 'Penilaian' },
				{ href: resolve('/rencana'), label: 'Rencana perbaikan' },
				agenda,
				{ href: resolve('/kepala-panti'), label: 'Kepala panti' },
				rubrik
			];
		case 'asesor':
			return [{ href: resolve('/penilaian'), label: 'Penilaian saya' }, rubrik];
		case 'panti':
			return pantiId === null
				? []
				: [
						{ href: resolve('/beranda'), label: 'Beranda' },
						{ href: resolve('/panti/[id=id]', { id: String(pantiId) }), label: 'Panti saya' },
						{ href: resolve('/rencana'), label: 'Rencana perbaikan' }
					];
	}
}
