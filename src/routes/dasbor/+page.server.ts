import { ACCREDITATION_LABELS, ACCREDITATION_STATUSES } from '$lib/domain/assessment/accreditation';
import { renderBarChart } from '$lib/domain/chart/aspect-bars';
import { NEUTRAL_FILL, statusFill } from '$lib/domain/chart/status-colours';
import { share } from '$lib/domain/overview/dashboard';
import { PANTI_TYPE_SHORT } from '$lib/domain/panti/types';
import { todayWib } from '$lib/server/clock';
import { dashboard } from '$lib/server/dashboard';
import { getDb } from '$lib/server/db/connection';
import { requireRole } from '$lib/server/guard';
import { registryFilterSchema } from '$lib/server/panti/list';
import { regionName, regionOptions } from '$lib/server/regions';
import type { PageServerLoad } from './$types';

/** The registry's filters that the dashboard offers (unknown values dropped: a stale link still works). */
const filterSchema = registryFilterSchema.pick({ province: true, regionCode: true, type: true });

/**
 * The kab/kota choices: those of the chosen province; nationally none until a province is picked
 * (514 options would weigh more than the whole dashboard).
 */
function regionsFor(
	options: ReturnType<typeof regionOptions>,
	province: string | undefined,
	national: boolean
) {
	if (!province) return national ? { ...options, regencies: [] } : options;
	return {
		...options,
		regencies: options.regencies.filter((r) => r.code.startsWith(`${province}.`))
	};
}

export const load = (({ locals, url }) => {
	const user = requireRole(locals, url, 'admin', 'dinas');
	const filters = filterSchema.parse(
		Object.fromEntries([...url.searchParams].filter(([, v]) => v !== ''))
	);
	const db = getDb();
	const today = todayWib();
	const d = dashboard(db, user, filters, today);
	const o = d.summary.overall;
	const accredited = (c: typeof o) => c.A + c.B + c.C;
	return {
		filters,
		today,
		regions: regionsFor(regionOptions(db, user), filters.province, user.role === 'admin'),
		scopeLabel: user.role === 'admin' ? 'Nasional' : regionName(db, user.regionCode!),
		...d,
		charts: {
			status: renderBarChart(
				ACCREDITATION_STATUSES.map((s) => ({
					label: ACCREDITATION_LABELS[s],
					value: share(o[s], o.total),
					fill: statusFill(s)
				})),
				{ title: 'Sebaran status akreditasi (% panti)' }
			),
			type: renderBarChart(
				d.summary.byType.map((t) => ({
					label: PANTI_TYPE_SHORT[t.type] ?? t.type,
					value: share(accredited(t.counts), t.counts.total),
					fill: NEUTRAL_FILL
				})),
				{ title: 'Terakreditasi dan berlaku per jenis panti (%)' }
			)
		}
	};
}) satisfies PageServerLoad;
