/**
 * The one way a route reaches an assessment: who is asking, whether they may see it, and what it
 * scores. Anything the user may not reach answers 404, like a missing one (scope reveals nothing).
 */
import { error } from '@sveltejs/kit';
import type { Actor, Role } from '$lib/domain/access';
import type { ResolvedInstrument } from '$lib/domain/engine';
import type { SessionUser } from '../auth/session';
import type { Db } from '../db';
import { getDb } from '../db/connection';
import { requireRole, requireUser } from '../guard';
import { instrumentFor } from '../rubrics/read';
import { assessmentAccess, type AssessmentAccess } from './access';

/** Who the route is for: anyone who may see the assessment, its team (a sheet), or its lead. */
export type Need = 'view' | 'team' | 'lead';

export interface LoadOptions {
	readonly need?: Need;
	/** Roles refused with 403 before the assessment is looked up (e.g. revoking is admin-only). */
	readonly roles?: readonly Role[];
	/** For API calls: a signed-out caller gets 401 with this message instead of the login page. */
	readonly signedOut?: string;
}

export interface AssessmentContext {
	readonly user: SessionUser & Actor;
	readonly db: Db;
	readonly access: AssessmentAccess;
}

interface AssessmentEvent {
	readonly locals: App.Locals;
	readonly url: URL;
	/** `[id=id]` has already refused anything but a positive integer. */
	readonly params: { readonly id: string };
}

const NOT_FOUND = 'Penilaian tidak ditemukan.';

/** Why a visit's team member may not score yet (access.mustDeclare). */
export const MUST_DECLARE =
	'Nyatakan dulu bahwa Anda tidak memiliki konflik kepentingan dengan panti ini: buka halaman penilaian lalu isi pernyataannya.';

function meets(access: AssessmentAccess, need: Need): boolean {
	if (need === 'lead') return access.isLead;
	if (need === 'team') return access.teamRole !== null;
	return true;
}

function caller(event: AssessmentEvent, options: LoadOptions): SessionUser & Actor {
	if (options.roles) return requireRole(event.locals, event.url, ...options.roles);
	if (options.signedOut !== undefined && !event.locals.user) error(401, options.signedOut);
	return requireUser(event.locals, event.url);
}

/** The signed-in user, the database and what they may do with the assessment in the URL. */
export function loadAssessment(
	event: AssessmentEvent,
	options: LoadOptions = {}
): AssessmentContext {
	const user = caller(event, options);
	const db = getDb();
	const access = assessmentAccess(db, user, Number(event.params.id));
	if (!access || !meets(access, options.need ?? 'view')) error(404, NOT_FOUND);
	return { user, db, access };
}

/** The form the assessment's pinned instrument defines for its panti type; 500 if it is gone. */
export function assessmentInstrument(db: Db, access: AssessmentAccess): ResolvedInstrument {
	const form = instrumentFor(db, access.assessment.instrumentVersionId, access.pantiType);
	if (!form) error(500, 'Instrumen penilaian tidak lengkap.');
	return form;
}

/** `loadAssessment` plus the form it is scored on, for the steps that read or write scores. */
export function loadAssessmentInstrument(
	event: AssessmentEvent,
	options: LoadOptions = {}
): AssessmentContext & { readonly form: ResolvedInstrument } {
	const context = loadAssessment(event, options);
	return { ...context, form: assessmentInstrument(context.db, context.access) };
}
