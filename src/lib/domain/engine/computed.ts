/** Computed indicators: levels derived from profile facts (e.g. clients per professional). */
import type { Indicator } from '../rubric/schema';
import type { ProfileFact } from '../rubric/vocabulary';

/** The profile facts an assessment snapshots (and the team may correct for that assessment). */
export interface ProfileSnapshot {
	readonly capacity: number;
	readonly currentClients: number;
	readonly staff: Readonly<Record<string, number>>;
}

const PROFESSIONALS = ['pekerja_sosial', 'psikolog', 'perawat', 'dokter', 'konselor_adiksi'];
const CAREGIVERS = ['pengasuh', 'perawat'];

/** Clients per staff member; no staff → Infinity (worst), no clients → 0 (best). */
function perStaff(clients: number, staff: number): number {
	if (clients === 0) return 0;
	return staff > 0 ? clients / staff : Number.POSITIVE_INFINITY;
}

/** @example profileFact({capacity: 50, currentClients: 40, staff: {pekerja_sosial: 4}}, 'clientsPerSocialWorker') === 10 */
export function profileFact(p: ProfileSnapshot, fact: ProfileFact): number {
	const count = (keys: string[]) => keys.reduce((s, k) => s + (p.staff[k] ?? 0), 0);
	switch (fact) {
		case 'clientsPerSocialWorker':
			return perStaff(p.currentClients, count(['pekerja_sosial']));
		case 'clientsPerProfessional':
			return perStaff(p.currentClients, count(PROFESSIONALS));
		case 'clientsPerCaregiver':
			return perStaff(p.currentClients, count(CAREGIVERS));
		case 'occupancyPct':
			return p.capacity > 0 ? (100 * p.currentClients) / p.capacity : 0;
	}
}

/**
 * The level of a computed indicator: the highest level whose bound the fact does not exceed.
 * `atMost` lists bounds for levels max, max−1, …, 1.
 * @example computedLevel({ computed: { fact: 'clientsPerProfessional', atMost: [10,15,25,40] } }, 4, snap) // 12 → 3
 */
export function computedLevel(
	ind: Pick<Indicator, 'computed'>,
	max: number,
	p: ProfileSnapshot
): number | null {
	if (!ind.computed) return null;
	const value = profileFact(p, ind.computed.fact);
	const k = ind.computed.atMost.findIndex((bound) => value <= bound);
	return k === -1 ? 0 : max - k;
}
