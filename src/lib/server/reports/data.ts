/**
 * Loads what the PDF builders need for one assessment. Callers have already established that the
 * user may see the assessment (assessmentAccess); these functions only read.
 */
import { and, asc, desc, eq } from 'drizzle-orm';
import type {
	AssessmentFacts,
	CertificateData,
	PantiFacts,
	PlanData,
	ReportMeta,
	VersionRef
} from '$lib/domain/reports/types';
import { OWNERSHIP_LABELS, PANTI_TYPE_LABELS } from '$lib/domain/panti/types';
import { zoneOfRegion } from '$lib/domain/time-zone';
import type { Queryable } from '../db';
import {
	improvementActions,
	improvementPlans,
	instrumentRubrics,
	instrumentVersions,
	panti,
	rubricVersions,
	users
} from '../db/schema';
import type { AssessmentAccess } from '../assessments/access';
import { assessmentResults } from '../assessments/results';
import { pantiIdentity } from '../assessments/identity';
import { teamOf } from '../assessments/view';
import { teamPresentNames } from '../assessments/visit-record';
import { readerText } from '$lib/domain/rubric/reader-text';

/**
 * The panti as the documents print it: for a finalized assessment its identity frozen at
 * finalization with the assessment's own profile facts; before that, the panti as it is now.
 */
function pantiFacts(db: Queryable, a: AssessmentAccess['assessment']): PantiFacts {
	const identity = a.pantiSnapshot ?? pantiIdentity(db, a.pantiId);
	const profile = a.pantiSnapshot
		? a.profileSnapshot
		: db
				.select({ capacity: panti.capacity, currentClients: panti.currentClients })
				.from(panti)
				.where(eq(panti.id, a.pantiId))
				.get();
	return {
		name: identity.name,
		typeLabel: PANTI_TYPE_LABELS[identity.type] ?? identity.type,
		ownershipLabel: OWNERSHIP_LABELS[identity.ownership] ?? identity.ownership,
		address: identity.address,
		regionName: identity.provinceName
			? `${identity.regionName}, ${identity.provinceName}`
			: identity.regionName,
		capacity: profile?.capacity ?? 0,
		currentClients: profile?.currentClients ?? 0,
		zone: zoneOfRegion(identity.regionCode)
	};
}

function versions(db: Queryable, instrumentVersionId: number, type: string) {
	const ins = db
		.select()
		.from(instrumentVersions)
		.where(eq(instrumentVersions.id, instrumentVersionId))
		.get()!;
	const rubrics = db
		.select({
			part: instrumentRubrics.part,
			title: rubricVersions.title,
			version: rubricVersions.version,
			hash: rubricVersions.contentHash
		})
		.from(instrumentRubrics)
		.innerJoin(rubricVersions, eq(rubricVersions.id, instrumentRubrics.rubricVersionId))
		.where(eq(instrumentRubrics.instrumentVersionId, instrumentVersionId))
		.orderBy(asc(instrumentRubrics.part))
		.all()
		// The standar umum and this panti type's standar khusus: the two rubrics actually scored.
		.filter((r) => r.part === 'umum' || r.part === type)
		.sort((a, b) => (a.part === 'umum' ? -1 : b.part === 'umum' ? 1 : 0));
	const instrument: VersionRef = { title: ins.title, version: ins.version, hash: ins.contentHash };
	return { instrument, rubrics };
}

function userName(db: Queryable, id: number | null): string | null {
	if (id === null) return null;
	return db.select({ name: users.name }).from(users).where(eq(users.id, id)).get()?.name ?? null;
}

function assessmentFacts(db: Queryable, access: AssessmentAccess): AssessmentFacts {
	const a = access.assessment;
	const r = a.visitRecord;
	return {
		id: a.id,
		kind: a.kind,
		plannedDate: a.plannedDate,
		visit: r && {
			startedOn: r.startedOn,
			endedOn: r.endedOn,
			teamNames: teamPresentNames(db, r),
			present: r.present
		},
		submittedAt: a.submittedAt,
		finalizedAt: a.finalizedAt,
		certificateNumber: a.certificateNumber,
		validUntil: a.validUntil
	};
}

/** Report data, or null when the assessment has no complete graded result. */
export function reportData(db: Queryable, access: AssessmentAccess, now: Date) {
	const a = access.assessment;
	const r = assessmentResults(db, a);
	if (!r || !r.grade || !r.score.complete) return null;
	const v = versions(db, a.instrumentVersionId, access.pantiType);
	const meta: ReportMeta = {
		panti: pantiFacts(db, a),
		assessment: assessmentFacts(db, access),
		team: teamOf(db, a.id).map((t) => ({ name: t.name, role: t.role })),
		// The name frozen at finalization; before finalization (or for older rows) the account's.
		reviewerName: a.kind === 'visit' ? (a.signatory?.name ?? userName(db, a.finalizedBy)) : null,
		instrument: v.instrument,
		rubrics: v.rubrics,
		generatedAt: now.toISOString()
	};
	return {
		meta,
		results: {
			form: r.form,
			sheet: r.sheet,
			notes: r.notes,
			score: r.score,
			grade: r.grade,
			gaps: r.gaps,
			path: r.path
		}
	};
}

/** Certificate data, or null when this assessment issued none (self-assessment, TT, unfinalized). */
export function certificateData(
	db: Queryable,
	access: AssessmentAccess,
	origin: string
): CertificateData | null {
	const a = access.assessment;
	if (a.status !== 'finalized' || !a.certificateNumber || !a.verificationCode || !a.validUntil)
		return null;
	if (a.grade !== 'A' && a.grade !== 'B' && a.grade !== 'C') return null;
	return {
		panti: pantiFacts(db, a),
		grade: a.grade,
		total: a.totalPct ?? 0,
		certificateNumber: a.certificateNumber,
		issuedAt: a.finalizedAt!,
		validUntil: a.validUntil,
		verifyUrl: `${origin}/verifikasi/${a.verificationCode}`,
		verificationCode: a.verificationCode,
		signatory: a.signatory,
		instrument: versions(db, a.instrumentVersionId, access.pantiType).instrument,
		visitedOn: a.visitRecord && {
			startedOn: a.visitRecord.startedOn,
			endedOn: a.visitRecord.endedOn
		},
		plannedDate: a.plannedDate
	};
}

/** The improvement plan proposed from this assessment, or null when there is none. */
export function planData(
	db: Queryable,
	access: AssessmentAccess,
	today: string,
	now: Date
): PlanData | null {
	const a = access.assessment;
	const plan = db
		.select()
		.from(improvementPlans)
		.where(eq(improvementPlans.assessmentId, a.id))
		.orderBy(desc(improvementPlans.id))
		.get();
	if (!plan || a.totalPct === null || !a.grade) return null;
	const r = assessmentResults(db, a);
	if (!r) return null;
	const titles = new Map(r.form.indicators.map((i) => [i.code, i.indicator.title]));
	const actions = db
		.select()
		.from(improvementActions)
		.where(and(eq(improvementActions.planId, plan.id)))
		.orderBy(asc(improvementActions.id))
		.all()
		.map((x) => ({
			indicatorCode: x.indicatorCode,
			indicatorTitle: titles.get(x.indicatorCode) ?? x.indicatorCode,
			action: readerText(x.action),
			horizon: x.horizon,
			stakeholder: x.stakeholder,
			owner: x.owner,
			dueDate: x.dueDate,
			status: x.status,
			progressNote: x.progressNote
		}));
	return {
		panti: pantiFacts(db, a),
		assessment: assessmentFacts(db, access),
		instrument: versions(db, a.instrumentVersionId, access.pantiType).instrument,
		grade: a.grade,
		total: a.totalPct,
		actions,
		path: r.path,
		today,
		generatedAt: now.toISOString()
	};
}

/** Which PDFs exist for an assessment: what the download buttons offer. */
export function availableDocuments(
	db: Queryable,
	a: {
		id: number;
		status: string;
		certificateNumber: string | null;
		revokedAt: string | null;
	}
) {
	if (a.status !== 'finalized') return { report: false, certificate: false, plan: false };
	const plan = db
		.select({ id: improvementPlans.id })
		.from(improvementPlans)
		.where(eq(improvementPlans.assessmentId, a.id))
		.get();
	return {
		report: true,
		certificate: a.certificateNumber !== null && a.revokedAt === null,
		plan: plan !== undefined
	};
}
