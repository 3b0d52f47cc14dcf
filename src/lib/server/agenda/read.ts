/**
 * Reading the agendas (issue 17): the actions of one agenda, each with the panti it serves now and
 * the accreditation it came from, and the agenda actions that serve one panti (its plan page).
 * Callers have resolved access first (agendaScope, getPanti); these functions only read.
 */
import { asc, eq, inArray, type SQL } from 'drizzle-orm';
import { canViewPanti, type Actor } from '$lib/domain/access';
import { sortAgenda } from '$lib/domain/plan/agenda-filter';
import { isOverdue } from '$lib/domain/reports/plan';
import { readerText } from '$lib/domain/rubric/reader-text';
import type { Queryable } from '../db';
import { agendaActionPanti, agendaActions, assessments, panti, regions, users } from '../db/schema';
import { PANTI_TYPES } from '$lib/domain/panti/types';
import { instrumentFor, listInstrumentVersions } from '../rubrics/read';
import { progressOf } from '../plans/progress';
import type { PlanActionView } from '../plans/read';

/** A panti an action serves, by its latest finalized visit (the accreditation it came from). */
export interface ServedPanti {
	readonly id: number;
	readonly name: string;
	readonly regionName: string;
	readonly assessmentId: number;
	readonly finalizedAt: string | null;
	readonly grade: 'A' | 'B' | 'C' | 'TT' | null;
	/** The actor may open the panti and its result (a panti moved out of the region may not be). */
	readonly open: boolean;
}

export interface AgendaActionView extends PlanActionView {
	readonly scopeCode: string;
	readonly panti: readonly ServedPanti[];
	/** What the agenda's search looks in: code, indicator, action, stakeholder's note, panti. */
	readonly searchText: string;
}

type Link = ServedPanti & { readonly actionId: number; titles: Map<string, string> };

/** The panti each action serves, with the titles of its indicators in that visit's instrument. */
function servedPanti(db: Queryable, actor: Actor, ids: readonly number[]): Map<number, Link[]> {
	const byAction = new Map<number, Link[]>();
	if (ids.length === 0) return byAction;
	const rows = db
		.select({
			actionId: agendaActionPanti.agendaActionId,
			id: panti.id,
			name: panti.name,
			type: panti.type,
			regionCode: panti.regionCode,
			regionName: regions.name,
			assessmentId: assessments.id,
			finalizedAt: assessments.finalizedAt,
			grade: assessments.grade,
			instrumentVersionId: assessments.instrumentVersionId
		})
		.from(agendaActionPanti)
		.innerJoin(panti, eq(panti.id, agendaActionPanti.pantiId))
		.innerJoin(regions, eq(regions.code, panti.regionCode))
		.innerJoin(assessments, eq(assessments.id, agendaActionPanti.assessmentId))
		.where(inArray(agendaActionPanti.agendaActionId, [...ids]))
		.orderBy(asc(panti.name))
		.all();
	for (const r of rows) {
		const form = instrumentFor(db, r.instrumentVersionId, r.type);
		const link: Link = {
			actionId: r.actionId,
			id: r.id,
			name: r.name,
			regionName: r.regionName,
			assessmentId: r.assessmentId,
			finalizedAt: r.finalizedAt,
			grade: r.grade,
			open: canViewPanti(actor, { id: r.id, regionCode: r.regionCode }),
			titles: new Map(form?.indicators.map((i) => [i.code, i.indicator.title]) ?? [])
		};
		byAction.set(r.actionId, [...(byAction.get(r.actionId) ?? []), link]);
	}
	return byAction;
}

/**
 * An indicator's title in the newest instrument that has it: for an action no panti is served by
 * any more (its visit's link was replaced), so it still reads as more than a bare code.
 */
function titleAnywhere(db: Queryable, code: string): string | undefined {
	for (const v of listInstrumentVersions(db))
		for (const type of PANTI_TYPES) {
			const found = instrumentFor(db, v.id, type)?.indicators.find((i) => i.code === code);
			if (found) return found.indicator.title;
		}
	return undefined;
}

/** The agenda actions matching `where`, overdue first (sortAgenda), each with the panti it serves. */
function agendaActionViews(
	db: Queryable,
	actor: Actor,
	where: SQL,
	today: string
): AgendaActionView[] {
	const rows = db
		.select({ x: agendaActions, updatedByName: users.name })
		.from(agendaActions)
		.leftJoin(users, eq(users.id, agendaActions.updatedBy))
		.where(where)
		.all();
	const served = servedPanti(
		db,
		actor,
		rows.map((r) => r.x.id)
	);
	const found = new Map<string, string | undefined>();
	const fallback = (code: string) => {
		if (!found.has(code)) found.set(code, titleAnywhere(db, code));
		return found.get(code);
	};
	const views = rows.map(({ x, updatedByName }) => {
		const links = served.get(x.id) ?? [];
		const title =
			links.map((l) => l.titles.get(x.indicatorCode)).find(Boolean) ??
			fallback(x.indicatorCode) ??
			x.indicatorCode;
		const action = {
			id: x.id,
			scopeCode: x.scopeCode,
			indicatorCode: x.indicatorCode,
			indicatorTitle: title,
			action: readerText(x.action),
			horizon: x.horizon,
			stakeholder: x.stakeholder,
			owner: x.owner,
			dueDate: x.dueDate,
			status: x.status,
			progressNote: x.progressNote,
			version: x.version,
			updatedAt: x.updatedAt,
			updatedByName,
			panti: links.map(({ actionId: _a, titles: _t, ...p }) => p)
		};
		return {
			...action,
			overdue: isOverdue(action, today),
			searchText: [
				x.indicatorCode,
				title,
				action.action,
				x.owner,
				...links.map((l) => l.name)
			].join(' ')
		};
	});
	return sortAgenda(views);
}

/** One agenda: its actions (overdue first) and its progress as a plan's is counted. */
export function agendaView(db: Queryable, actor: Actor, scopeCode: string, today: string) {
	const actions = agendaActionViews(db, actor, eq(agendaActions.scopeCode, scopeCode), today);
	return { actions, progress: progressOf(actions, today) };
}

/**
 * The agenda actions serving one panti now (its plan page): what government and partners are to
 * do for it. Read-only there; the panti itself is in the actor's scope already (getPanti).
 */
export function agendaForPanti(db: Queryable, actor: Actor, pantiId: number, today: string) {
	const served = db
		.select({ id: agendaActionPanti.agendaActionId })
		.from(agendaActionPanti)
		.where(eq(agendaActionPanti.pantiId, pantiId));
	const actions = agendaActionViews(db, actor, inArray(agendaActions.id, served), today);
	const scopes = [...new Set(actions.map((a) => a.scopeCode))];
	const names = new Map(
		db
			.select({ code: regions.code, name: regions.name })
			.from(regions)
			.where(inArray(regions.code, scopes))
			.all()
			.map((r) => [r.code, r.name])
	);
	return actions.map((a) => ({
		id: a.id,
		/** Whose agenda holds it: a region's name, or null for the national agenda. */
		agendaName: a.scopeCode === '' ? null : (names.get(a.scopeCode) ?? a.scopeCode),
		scopeCode: a.scopeCode,
		indicatorCode: a.indicatorCode,
		indicatorTitle: a.indicatorTitle,
		action: a.action,
		horizon: a.horizon,
		stakeholder: a.stakeholder,
		owner: a.owner,
		dueDate: a.dueDate,
		status: a.status,
		progressNote: a.progressNote,
		overdue: a.overdue
	}));
}
