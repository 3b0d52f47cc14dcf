/** The data a report, certificate or improvement plan is built from: loaded by the server, pure here. */
import type {
	ResolvedInstrument,
	GapAnalysis,
	GradeResult,
	PathToNextGrade,
	ScoreResult,
	Sheet
} from '$lib/domain/engine';
import type { Horizon, Stakeholder } from '../rubric/vocabulary';
import type { VisitAttendee } from '../assessment/review';
import type { Zone } from '../time-zone';
import type { Signatory } from '../users/signatory';

export interface PantiFacts {
	readonly name: string;
	readonly typeLabel: string;
	readonly ownershipLabel: string;
	readonly address: string;
	/** e.g. "Kab. Kutai Timur, Kalimantan Timur". */
	readonly regionName: string;
	readonly capacity: number | null;
	readonly currentClients: number | null;
	/** The panti's time zone: every date and time on its documents is in it. */
	readonly zone: Zone;
}

export interface VersionRef {
	readonly title: string;
	readonly version: string;
	/** SHA-256 of the published content: proves which text the assessment was scored against. */
	readonly hash: string;
}

/** The visit as it happened, from the lead's visit record. */
export interface VisitFacts {
	readonly startedOn: string;
	readonly endedOn: string;
	/** The team members who took part, by name. */
	readonly teamNames: readonly string[];
	/** People of the panti and its partners who were present. */
	readonly present: readonly VisitAttendee[];
}

export interface AssessmentFacts {
	readonly id: number;
	readonly kind: 'visit' | 'self';
	readonly plannedDate: string | null;
	/** Null for a self-assessment, and for a visit finalized before visit records existed. */
	readonly visit: VisitFacts | null;
	readonly submittedAt: string | null;
	readonly finalizedAt: string | null;
	readonly certificateNumber: string | null;
	readonly validUntil: string | null;
}

export interface ReportMeta {
	readonly panti: PantiFacts;
	readonly assessment: AssessmentFacts;
	readonly team: readonly { name: string; role: 'lead' | 'member' }[];
	readonly reviewerName: string | null;
	readonly instrument: VersionRef;
	readonly rubrics: readonly (VersionRef & { part: string })[];
	/** ISO timestamp of printing. */
	readonly generatedAt: string;
}

export interface ReportResults {
	readonly form: ResolvedInstrument;
	readonly sheet: Sheet;
	readonly notes: ReadonlyMap<string, string>;
	readonly score: ScoreResult;
	readonly grade: GradeResult;
	readonly gaps: GapAnalysis;
	readonly path: PathToNextGrade | null;
}

export interface CertificateData {
	readonly panti: PantiFacts;
	readonly grade: 'A' | 'B' | 'C';
	readonly total: number;
	readonly certificateNumber: string;
	readonly issuedAt: string;
	readonly validUntil: string;
	readonly verifyUrl: string;
	readonly verificationCode: string;
	/** The official who finalized, as frozen then; null only for a certificate issued before. */
	readonly signatory: Signatory | null;
	readonly instrument: VersionRef;
	/** The actual visit dates; null for a visit finalized before visit records existed. */
	readonly visitedOn: { readonly startedOn: string; readonly endedOn: string } | null;
	/** Printed, labelled as planned, only when there is no actual date. */
	readonly plannedDate: string | null;
}

export interface PlanAction {
	readonly indicatorCode: string;
	readonly indicatorTitle: string;
	readonly action: string;
	readonly horizon: Horizon;
	readonly stakeholder: Stakeholder;
	readonly owner: string;
	readonly dueDate: string | null;
	readonly status: 'belum' | 'proses' | 'selesai';
	readonly progressNote: string;
}

export interface PlanData {
	readonly panti: PantiFacts;
	readonly assessment: AssessmentFacts;
	readonly instrument: VersionRef;
	readonly grade: GradeResult['grade'];
	readonly total: number;
	readonly actions: readonly PlanAction[];
	readonly path: PathToNextGrade | null;
	/** The date the plan is printed for: overdue is judged against it. */
	readonly today: string;
	readonly generatedAt: string;
}
