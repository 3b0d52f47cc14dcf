export const ASSESSMENT_STATUS_LABELS = {
	draft: 'Draf',
	in_progress: 'Sedang dinilai',
	submitted: 'Diajukan untuk ditinjau',
	returned: 'Dikembalikan',
	finalized: 'Final'
} as const;

export const ASSESSMENT_KIND_LABELS = {
	visit: 'Visitasi',
	self: 'Penilaian mandiri'
} as const;
