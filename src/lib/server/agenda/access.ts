/**
 * Which agenda a request is about and what the actor may do with it (issue 17; the rule itself is
 * `agendaRights` in domain/access.ts). An agenda is named in the URL by its scope: `nasional` or a
 * province / kab/kota code; without one, the actor's own agenda.
 */
import { asc, eq, or, sql } from 'drizzle-orm';
import { agendaRights, type Actor } from '$lib/domain/access';
import type { Queryable } from '../db';
import { agendaActions, regions } from '../db/schema';

/** The URL's word for the national agenda (stored as scope `''`). */
export const NATIONAL = 'nasional';

export interface AgendaScope {
	/** `''` national, `64` a province, `64.08` a kab/kota. */
	readonly code: string;
	/** As the page names it: "Nasional" or the region's name. */
	readonly name: string;
	readonly level: 'national' | 'province' | 'regency';
	/** The actor keeps this agenda: may update its actions. */
	readonly canEdit: boolean;
}

/** The scope the URL asks for, as stored; the actor's own agenda when it asks for none. */
export function requestedScope(actor: Actor, param: string | null): string | null {
	if (param === NATIONAL) return '';
	if (param) return param;
	if (actor.role === 'admin') return '';
	return actor.role === 'dinas' ? actor.regionCode : null;
}

/** The scope's value in a URL. */
export const scopeParam = (code: string) => (code === '' ? NATIONAL : code);

/**
 * The agenda of `code` if the actor may read it, or null when it does not exist (an unknown
 * region) or lies outside the actor's scope: callers answer 404 for both.
 */
export function agendaScope(db: Queryable, actor: Actor, code: string | null): AgendaScope | null {
	if (code === null) return null;
	const rights = agendaRights(actor, code);
	if (!rights.read) return null;
	if (code === '') return { code, name: 'Nasional', level: 'national', canEdit: rights.edit };
	const region = db.select().from(regions).where(eq(regions.code, code)).get();
	if (!region) return null;
	return { code, name: region.name, level: region.level, canEdit: rights.edit };
}

export interface ScopeChoice {
	readonly code: string;
	readonly name: string;
	/** How many actions its agenda holds. */
	readonly count: number;
}

/**
 * The agendas the actor may switch between: a province Dinas its own and each of its kab/kota;
 * admin the national one and every region whose agenda has actions (any other stays reachable by
 * its URL). A kab/kota Dinas has one agenda: no choice.
 */
export function scopeChoices(db: Queryable, actor: Actor): ScopeChoice[] {
	const counts = new Map(
		db
			.select({ code: agendaActions.scopeCode, n: sql<number>`count(*)`.mapWith(Number) })
			.from(agendaActions)
			.groupBy(agendaActions.scopeCode)
			.all()
			.map((r) => [r.code, r.n])
	);
	if (actor.role === 'admin') {
		const named = db
			.select({ code: regions.code, name: regions.name })
			.from(regions)
			.where(sql`${regions.code} in (select ${agendaActions.scopeCode} from ${agendaActions})`)
			.orderBy(asc(regions.code))
			.all();
		return [{ code: '', name: 'Nasional' }, ...named].map((r) => ({
			...r,
			count: counts.get(r.code) ?? 0
		}));
	}
	const own = actor.role === 'dinas' ? actor.regionCode : null;
	if (own === null || own.includes('.')) return [];
	return db
		.select({ code: regions.code, name: regions.name })
		.from(regions)
		.where(or(eq(regions.code, own), eq(regions.parentCode, own)))
		.orderBy(asc(regions.code))
		.all()
		.map((r) => ({ ...r, count: counts.get(r.code) ?? 0 }));
}
