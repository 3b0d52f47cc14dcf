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

export interface PantiFacts {
	readonly name: string;
	readonly typeLabel: string;
	readonly ownershipLabel: string;
	readonly address: string;
	/** e.g. "Kab. Kutai Timur, Kalimantan Timur". */
	readonly regionName: string;
	readonly capacity: number | null;
	readonly currentClients: number | null;
}

export interface VersionRef {
	readonly title: string;
	readonly version: string;
	/** SHA-256 of the published content: proves which text the assessment was scored against. */
	readonly hash: string;
}

export interface AssessmentFacts {
	readonly id: number;
	readonly kind: 'visit' | 'self';
	readonly plannedDate: string | null;
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
	readonly reviewerName: string | null;
	readonly instrument: VersionRef;
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
