/**
 * The whole SIAP data model (design.md). Times are ISO-8601 UTC strings; dates are `YYYY-MM-DD`.
 * Rows that users edit concurrently carry a `version` for optimistic concurrency.
 */
import { sql } from 'drizzle-orm';
// Relative imports: drizzle-kit loads this file without Kit's `$lib` alias.
import { ROLES } from '../../domain/access';
import type { PantiIdentity } from '../../domain/assessment/accreditation';
import type { Signatory } from '../../domain/users/signatory';
import type {
	ConflictGround,
	ReturnComments,
	SubmittedSheet,
	VisitRecord
} from '../../domain/assessment/review';
import { ASSESSMENT_KINDS, ASSESSMENT_STATUSES, TEAM_ROLES } from '../../domain/assessment/status';
import type { ProfileSnapshot } from '../../domain/engine/computed';
import {
	LEGAL_DOCUMENT_KINDS,
	OWNERSHIPS,
	PANTI_TYPES,
	PROFESSIONS,
	type PantiType
} from '../../domain/panti/types';
import { ACTION_STATUSES } from '../../domain/plan/form';
import { NOTICE_KINDS, type NoticeKind } from '../../domain/notifications/kinds';
import { ZONES } from '../../domain/time-zone';
import type { PmksCode } from '../../domain/panti/pmks';
import type { Instrument, Rubric } from '../../domain/rubric/schema';
import { GRADES, HORIZONS, PARTS, STAKEHOLDERS } from '../../domain/rubric/vocabulary';
import {
	blob,
	index,
	integer,
	primaryKey,
	real,
	sqliteTable,
	text,
	uniqueIndex
} from 'drizzle-orm/sqlite-core';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** The optimistic-concurrency version and both timestamps of a row users edit. */
const versioned = () => ({
	version: integer('version').notNull().default(1),
	createdAt: text('created_at').notNull().default(now),
	updatedAt: text('updated_at').notNull().default(now)
});

/** A published, immutable catalog file (rubric or instrument) at one version. */
const published = <T>() => ({
	version: text('version').notNull(),
	title: text('title').notNull(),
	contentHash: text('content_hash').notNull(),
	/** Parsed and checked against its schema before it is stored. */
	content: text('content', { mode: 'json' }).$type<T>().notNull(),
	sourceFile: text('source_file').notNull(),
	publishedAt: text('published_at').notNull().default(now)
});

/** One indicator's level on a score sheet, with who last wrote it and when. */
const scoreColumns = () => ({
	indicatorCode: text('indicator_code').notNull(),
	level: integer('level'),
	notApplicable: integer('not_applicable', { mode: 'boolean' }).notNull().default(false),
	note: text('note').notNull().default(''),
	version: integer('version').notNull().default(1),
	updatedBy: integer('updated_by')
		.notNull()
		.references(() => users.id),
	updatedAt: text('updated_at').notNull().default(now)
});

/** Provinces (`64`) and kabupaten/kota (`64.08`), Kepmendagri 300.2.2-2138/2025. */
export const regions = sqliteTable(
	'regions',
	{
		code: text('code').primaryKey(),
		name: text('name').notNull(),
		level: text('level', { enum: ['province', 'regency'] }).notNull(),
		parentCode: text('parent_code')
	},
	(t) => [index('regions_parent_idx').on(t.parentCode)]
);

export const panti = sqliteTable(
	'panti',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		name: text('name').notNull(),
		type: text('type', { enum: PANTI_TYPES }).notNull(),
		ownership: text('ownership', { enum: OWNERSHIPS }).notNull(),
		address: text('address').notNull(),
		regionCode: text('region_code')
			.notNull()
			.references(() => regions.code),
		latitude: real('latitude'),
		longitude: real('longitude'),
		capacity: integer('capacity').notNull(),
		currentClients: integer('current_clients').notNull(),
		staffPimpinan: integer('staff_pimpinan').notNull().default(0),
		staffOperasional: integer('staff_operasional').notNull().default(0),
		staffPenunjang: integer('staff_penunjang').notNull().default(0),
		...versioned()
	},
	(t) => [
		index('panti_region_idx').on(t.regionCode),
		index('panti_type_idx').on(t.type),
		index('panti_name_idx').on(t.name)
	]
);

/** Staff counts by profession (pekerja sosial, psikolog, …). */
export const pantiStaff = sqliteTable(
	'panti_staff',
	{
		pantiId: integer('panti_id')
			.notNull()
			.references(() => panti.id, { onDelete: 'cascade' }),
		profession: text('profession', { enum: PROFESSIONS }).notNull(),
		count: integer('count').notNull()
	},
	(t) => [primaryKey({ columns: [t.pantiId, t.profession] })]
);

/** PMKS categories a panti serves (26 categories, seed 004). */
export const pantiPmks = sqliteTable(
	'panti_pmks',
	{
		pantiId: integer('panti_id')
			.notNull()
			.references(() => panti.id, { onDelete: 'cascade' }),
		pmksCode: text('pmks_code').$type<PmksCode>().notNull()
	},
	(t) => [primaryKey({ columns: [t.pantiId, t.pmksCode] })]
);

/** Tanda daftar / izin operasional, akta notaris, NPWP. */
export const pantiLegalDocuments = sqliteTable(
	'panti_legal_documents',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		pantiId: integer('panti_id')
			.notNull()
			.references(() => panti.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: LEGAL_DOCUMENT_KINDS }).notNull(),
		number: text('number').notNull(),
		issuedOn: text('issued_on'),
		expiresOn: text('expires_on')
	},
	(t) => [
		uniqueIndex('panti_legal_kind_uq').on(t.pantiId, t.kind),
		index('panti_legal_expiry_idx').on(t.kind, t.expiresOn)
	]
);

export const users = sqliteTable(
	'users',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		username: text('username').notNull(),
		name: text('name').notNull(),
		passwordHash: text('password_hash').notNull(),
		role: text('role', { enum: ROLES }).notNull(),
		/** dinas: a province (`64`) or a kab/kota (`64.08`). */
		regionCode: text('region_code').references(() => regions.code),
		/** panti head: the one panti they run. */
		pantiId: integer('panti_id').references(() => panti.id),
		active: integer('active', { mode: 'boolean' }).notNull().default(true),
		/**
		 * Set when someone else chose the password (an admin creating or resetting the account),
		 * cleared when the user sets their own: until then every page leads to the change form.
		 */
		mustChangePassword: integer('must_change_password', { mode: 'boolean' })
			.notNull()
			.default(false),
		/** Civil servant number (18 digits) and position: printed when this user signs a certificate. */
		nip: text('nip'),
		position: text('position'),
		/** Where notices may also be mailed (issue 19); null: in-app only. */
		email: text('email'),
		/** The kinds of notice this user also wants by email. */
		emailKinds: text('email_kinds', { mode: 'json' })
			.$type<NoticeKind[]>()
			.notNull()
			.default(sql`'[]'`),
		...versioned()
	},
	(t) => [
		uniqueIndex('users_username_uq').on(t.username),
		// Who a notice about a panti goes to: its heads and the Dinas of its region (notify.ts).
		index('users_panti_idx').on(t.pantiId),
		index('users_region_idx').on(t.regionCode)
	]
);

/** Server-side sessions; `id` is the SHA-256 of the cookie token, never the token itself. */
export const sessions = sqliteTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: text('expires_at').notNull(),
		createdAt: text('created_at').notNull().default(now)
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

/**
 * Failed-sign-in counters (src/lib/server/auth/throttle.ts), keyed `pair:<username>|<address>`
 * or `addr:<address>`. An attempt is counted when it starts, before the password is checked.
 */
export const loginThrottle = sqliteTable(
	'login_throttle',
	{
		key: text('key').primaryKey(),
		failures: integer('failures').notNull(),
		/** When the current series of failures began. */
		windowStart: text('window_start').notNull(),
		/** No attempt for this key before this time (the progressive delay); null: none owed. */
		lockedUntil: text('locked_until'),
		/** The latest counted attempt; a series quiet for long enough is forgotten. */
		lastFailureAt: text('last_failure_at')
	},
	(t) => [index('login_throttle_last_idx').on(t.lastFailureAt)]
);

/** A published rubric (standar umum or a standar khusus) at one version; immutable once stored. */
export const rubricVersions = sqliteTable(
	'rubric_versions',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		rubricId: text('rubric_id').notNull(),
		...published<Rubric>()
	},
	(t) => [uniqueIndex('rubric_versions_uq').on(t.rubricId, t.version)]
);

/** An instrument version: standar umum + standar khusus per type + grading rules. */
export const instrumentVersions = sqliteTable(
	'instrument_versions',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		instrumentId: text('instrument_id').notNull(),
		...published<Instrument>()
	},
	(t) => [uniqueIndex('instrument_versions_uq').on(t.instrumentId, t.version)]
);

/** Which rubric versions an instrument version pins, and for which part. */
export const instrumentRubrics = sqliteTable(
	'instrument_rubrics',
	{
		instrumentVersionId: integer('instrument_version_id')
			.notNull()
			.references(() => instrumentVersions.id),
		rubricVersionId: integer('rubric_version_id')
			.notNull()
			.references(() => rubricVersions.id),
		/** `umum` or the panti type whose standar khusus this is. */
		part: text('part').$type<'umum' | PantiType>().notNull()
	},
	(t) => [primaryKey({ columns: [t.instrumentVersionId, t.part] })]
);

export const assessments = sqliteTable(
	'assessments',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		pantiId: integer('panti_id')
			.notNull()
			.references(() => panti.id),
		instrumentVersionId: integer('instrument_version_id')
			.notNull()
			.references(() => instrumentVersions.id),
		kind: text('kind', { enum: ASSESSMENT_KINDS }).notNull(),
		/**
		 * The panti type at creation: with the instrument version it decides the standar khusus
		 * scored, so retyping the panti later never changes this assessment's form.
		 */
		pantiType: text('panti_type', { enum: PANTI_TYPES }),
		status: text('status', { enum: ASSESSMENT_STATUSES }).notNull(),
		plannedDate: text('planned_date'),
		/** Panti profile facts at creation, correctable by the team for this assessment. */
		profileSnapshot: text('profile_snapshot', { mode: 'json' }).$type<ProfileSnapshot>(),
		returnReason: text('return_reason'),
		submittedAt: text('submitted_at'),
		finalizedAt: text('finalized_at'),
		finalizedBy: integer('finalized_by').references(() => users.id),
		totalPct: real('total_pct'),
		grade: text('grade', { enum: GRADES }),
		gateExplanation: text('gate_explanation'),
		certificateNumber: text('certificate_number'),
		verificationCode: text('verification_code'),
		validUntil: text('valid_until'),
		revokedAt: text('revoked_at'),
		revokeReason: text('revoke_reason'),
		/**
		 * Codes of the safeguarding indicators found below their level at finalization: findings
		 * that call for referral (design.md §5), listed on the Dinas dashboard.
		 */
		safeguardingFindings: text('safeguarding_findings', { mode: 'json' }).$type<string[]>(),
		/** The panti's identity at finalization (design.md §7); what every document prints. */
		pantiSnapshot: text('panti_snapshot', { mode: 'json' }).$type<PantiIdentity>(),
		/** The visit as it happened (actual dates, who was present), entered by the lead. */
		visitRecord: text('visit_record', { mode: 'json' }).$type<VisitRecord>(),
		/** The official who finalized, as printed on the certificate: frozen at finalization. */
		signatory: text('signatory', { mode: 'json' }).$type<Signatory>(),
		createdBy: integer('created_by')
			.notNull()
			.references(() => users.id),
		...versioned()
	},
	(t) => [
		index('assessments_panti_idx').on(t.pantiId, t.status),
		// The latest valid accreditation per panti (dashboard, registry, comparison): a partial
		// index holding exactly the rows those lookups read, newest first by scanning backwards.
		index('assessments_latest_visit_idx')
			.on(t.pantiId, t.finalizedAt, t.id, t.grade, t.validUntil, t.totalPct)
			.where(sql`kind = 'visit' and status = 'finalized' and revoked_at is null`),
		uniqueIndex('assessments_verification_uq').on(t.verificationCode),
		uniqueIndex('assessments_certificate_uq').on(t.certificateNumber)
	]
);

export const assessmentTeam = sqliteTable(
	'assessment_team',
	{
		assessmentId: integer('assessment_id')
			.notNull()
			.references(() => assessments.id, { onDelete: 'cascade' }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id),
		role: text('role', { enum: TEAM_ROLES }).notNull()
	},
	(t) => [
		primaryKey({ columns: [t.assessmentId, t.userId] }),
		index('assessment_team_user_idx').on(t.userId)
	]
);

/** One assessor's level for one indicator on their own sheet. */
export const itemScores = sqliteTable(
	'item_scores',
	{
		assessmentId: integer('assessment_id')
			.notNull()
			.references(() => assessments.id, { onDelete: 'cascade' }),
		assessorId: integer('assessor_id')
			.notNull()
			.references(() => users.id),
		...scoreColumns()
	},
	(t) => [primaryKey({ columns: [t.assessmentId, t.assessorId, t.indicatorCode] })]
);

/** The lead's consolidated level per indicator: the sheet that is graded. */
export const consolidatedScores = sqliteTable(
	'consolidated_scores',
	{
		assessmentId: integer('assessment_id')
			.notNull()
			.references(() => assessments.id, { onDelete: 'cascade' }),
		...scoreColumns(),
		/** Why the lead chose this level where the team disagreed or a critical minimum was missed. */
		reason: text('reason').notNull().default('')
	},
	(t) => [primaryKey({ columns: [t.assessmentId, t.indicatorCode] })]
);

/** Each submission's consolidated sheet, kept so the reviewer sees what changed after a return. */
export const assessmentSubmissions = sqliteTable(
	'assessment_submissions',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		assessmentId: integer('assessment_id')
			.notNull()
			.references(() => assessments.id),
		submittedBy: integer('submitted_by')
			.notNull()
			.references(() => users.id),
		submittedAt: text('submitted_at').notNull(),
		sheet: text('sheet', { mode: 'json' }).$type<SubmittedSheet>().notNull()
	},
	(t) => [index('assessment_submissions_idx').on(t.assessmentId, t.id)]
);

/** Each return to the team: the overall reason and the reviewer's comments per indicator. */
export const assessmentReturns = sqliteTable(
	'assessment_returns',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		assessmentId: integer('assessment_id')
			.notNull()
			.references(() => assessments.id),
		returnedBy: integer('returned_by')
			.notNull()
			.references(() => users.id),
		returnedAt: text('returned_at').notNull(),
		reason: text('reason').notNull(),
		comments: text('comments', { mode: 'json' }).$type<ReturnComments>().notNull()
	},
	(t) => [index('assessment_returns_idx').on(t.assessmentId, t.id)]
);

/**
 * An assessor's declaration about a conflict of interest with the panti, made before scoring.
 * A declared conflict takes them off the team; the row stays (append-only) as the record.
 */
export const conflictDeclarations = sqliteTable(
	'conflict_declarations',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		assessmentId: integer('assessment_id')
			.notNull()
			.references(() => assessments.id),
		pantiId: integer('panti_id')
			.notNull()
			.references(() => panti.id),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id),
		/** Empty: no conflict declared. */
		grounds: text('grounds', { mode: 'json' }).$type<ConflictGround[]>().notNull(),
		detail: text('detail').notNull().default(''),
		declaredAt: text('declared_at').notNull()
	},
	(t) => [
		index('conflict_declarations_assessment_idx').on(t.assessmentId, t.userId),
		index('conflict_declarations_user_idx').on(t.userId, t.pantiId)
	]
);

/**
 * Each finalized sheet once more, a byte per indicator in its instrument's order (NA_LEVEL for N/A;
 * domain/engine/batch.ts): what the regional gap analysis and the impact simulation score in bulk.
 * Written at finalization, never changed (a trigger refuses UPDATE and DELETE).
 */
export const finalizedSheets = sqliteTable('finalized_sheets', {
	assessmentId: integer('assessment_id')
		.primaryKey()
		.references(() => assessments.id),
	levels: blob('levels', { mode: 'buffer' }).notNull()
});

/**
 * Per-aspect percentages of a finalized assessment, written once at finalization (a trigger refuses
 * changes): dashboards and comparisons read these instead of re-scoring thousands of sheets.
 */
export const assessmentAspectScores = sqliteTable(
	'assessment_aspect_scores',
	{
		assessmentId: integer('assessment_id')
			.notNull()
			.references(() => assessments.id),
		part: text('part', { enum: PARTS }).notNull(),
		aspectCode: text('aspect_code').notNull(),
		title: text('title').notNull(),
		/** null when every indicator of the aspect was N/A. */
		pct: real('pct')
	},
	(t) => [
		primaryKey({ columns: [t.assessmentId, t.part, t.aspectCode] }),
		// Covering: the scope distribution reads pct without touching the table.
		index('assessment_aspect_scores_pct_idx').on(t.assessmentId, t.part, t.aspectCode, t.pct)
	]
);

/** Evidence files, stored on disk under the data folder by content hash. */
export const evidence = sqliteTable(
	'evidence',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		assessmentId: integer('assessment_id')
			.notNull()
			.references(() => assessments.id, { onDelete: 'cascade' }),
		indicatorCode: text('indicator_code').notNull(),
		sha256: text('sha256').notNull(),
		mimeType: text('mime_type').notNull(),
		sizeBytes: integer('size_bytes').notNull(),
		originalName: text('original_name').notNull(),
		uploadedBy: integer('uploaded_by')
			.notNull()
			.references(() => users.id),
		createdAt: text('created_at').notNull().default(now)
	},
	(t) => [index('evidence_assessment_idx').on(t.assessmentId, t.indicatorCode)]
);

export const improvementPlans = sqliteTable(
	'improvement_plans',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		pantiId: integer('panti_id')
			.notNull()
			.references(() => panti.id),
		assessmentId: integer('assessment_id')
			.notNull()
			.references(() => assessments.id),
		indicative: integer('indicative', { mode: 'boolean' }).notNull().default(false),
		supersededAt: text('superseded_at'),
		createdAt: text('created_at').notNull().default(now)
	},
	(t) => [index('improvement_plans_panti_idx').on(t.pantiId)]
);

export const improvementActions = sqliteTable(
	'improvement_actions',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		planId: integer('plan_id')
			.notNull()
			.references(() => improvementPlans.id, { onDelete: 'cascade' }),
		indicatorCode: text('indicator_code').notNull(),
		action: text('action').notNull(),
		horizon: text('horizon', { enum: HORIZONS }).notNull(),
		stakeholder: text('stakeholder', { enum: STAKEHOLDERS }).notNull(),
		owner: text('owner').notNull().default(''),
		dueDate: text('due_date'),
		status: text('status', { enum: ACTION_STATUSES }).notNull().default('belum'),
		progressNote: text('progress_note').notNull().default(''),
		version: integer('version').notNull().default(1),
		updatedBy: integer('updated_by').references(() => users.id),
		updatedAt: text('updated_at').notNull().default(now)
	},
	(t) => [index('improvement_actions_plan_idx').on(t.planId)]
);

/**
 * The regional agendas (design.md §6, issue 17): what government and partners must do for the panti
 * of a region, tracked by its Dinas Sosial like a plan. `scope_code` is a kab/kota (`64.08`), a
 * province (`64`) or `''` for the national agenda. One recommendation for one region is one action,
 * however many panti it serves (the unique index), so a Dinas never tracks the same Perda twice.
 */
export const agendaActions = sqliteTable(
	'agenda_actions',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		scopeCode: text('scope_code').notNull(),
		indicatorCode: text('indicator_code').notNull(),
		action: text('action').notNull(),
		horizon: text('horizon', { enum: HORIZONS }).notNull(),
		stakeholder: text('stakeholder', { enum: STAKEHOLDERS }).notNull(),
		owner: text('owner').notNull().default(''),
		dueDate: text('due_date'),
		status: text('status', { enum: ACTION_STATUSES }).notNull().default('belum'),
		progressNote: text('progress_note').notNull().default(''),
		version: integer('version').notNull().default(1),
		createdAt: text('created_at').notNull().default(now),
		updatedBy: integer('updated_by').references(() => users.id),
		updatedAt: text('updated_at').notNull().default(now)
	},
	(t) => [uniqueIndex('agenda_actions_item_idx').on(t.scopeCode, t.indicatorCode, t.action)]
);

/**
 * Which panti an agenda action serves: those whose latest official accreditation has the gap. A
 * panti's links are replaced at each of its visits' finalization; the action itself stays.
 */
export const agendaActionPanti = sqliteTable(
	'agenda_action_panti',
	{
		agendaActionId: integer('agenda_action_id')
			.notNull()
			.references(() => agendaActions.id),
		pantiId: integer('panti_id')
			.notNull()
			.references(() => panti.id),
		assessmentId: integer('assessment_id')
			.notNull()
			.references(() => assessments.id)
	},
	(t) => [
		primaryKey({ columns: [t.agendaActionId, t.pantiId] }),
		index('agenda_action_panti_panti_idx').on(t.pantiId)
	]
);

/**
 * A user's inbox (design.md §9a, issue 19), written in the transaction of the event it tells of.
 * `dedupe_key` names the thing told about (and the day, for the daily job's notices): one notice
 * per recipient per thing, so a retried event or a restarted job never tells twice.
 */
export const notifications = sqliteTable(
	'notifications',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id),
		kind: text('kind', { enum: NOTICE_KINDS }).notNull(),
		title: text('title').notNull(),
		body: text('body').notNull().default(''),
		/** A path inside SIAP: the object the notice is about. */
		link: text('link').notNull(),
		/** The zone of the panti it is about: its times are shown there, labelled (WIB/WITA/WIT). */
		zone: text('zone', { enum: ZONES }).notNull().default('WIB'),
		dedupeKey: text('dedupe_key').notNull(),
		createdAt: text('created_at').notNull().default(now),
		readAt: text('read_at')
	},
	(t) => [
		uniqueIndex('notifications_user_key_idx').on(t.userId, t.dedupeKey),
		index('notifications_inbox_idx').on(t.userId, t.id),
		// The header's unread count, on every page.
		index('notifications_unread_idx')
			.on(t.userId)
			.where(sql`${t.readAt} is null`)
	]
);

/**
 * Mail waiting to be sent (issue 19): written with its notice, sent by a worker with retries, so a
 * mail outage loses nothing and never slows a request.
 */
export const emailOutbox = sqliteTable(
	'email_outbox',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		notificationId: integer('notification_id')
			.notNull()
			.references(() => notifications.id),
		toAddress: text('to_address').notNull(),
		subject: text('subject').notNull(),
		body: text('body').notNull(),
		status: text('status', { enum: ['pending', 'sent'] })
			.notNull()
			.default('pending'),
		attempts: integer('attempts').notNull().default(0),
		nextAttemptAt: text('next_attempt_at').notNull().default(now),
		lastError: text('last_error'),
		createdAt: text('created_at').notNull().default(now),
		sentAt: text('sent_at')
	},
	(t) => [
		uniqueIndex('email_outbox_notification_idx').on(t.notificationId),
		index('email_outbox_due_idx').on(t.status, t.nextAttemptAt)
	]
);

/**
 * What the daily job has already told about (an action falling due on a date, an accreditation
 * about to end): a key is marked in the transaction that writes its notices.
 */
export const noticeMarks = sqliteTable('notice_marks', {
	key: text('key').primaryKey(),
	markedAt: text('marked_at').notNull().default(now)
});

/** Append-only: a trigger refuses UPDATE and DELETE (see the custom migration). */
export const auditLog = sqliteTable(
	'audit_log',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		at: text('at').notNull().default(now),
		userId: integer('user_id').references(() => users.id),
		action: text('action').notNull(),
		entityType: text('entity_type').notNull(),
		entityId: text('entity_id').notNull(),
		before: text('before', { mode: 'json' }),
		after: text('after', { mode: 'json' })
	},
	(t) => [index('audit_entity_idx').on(t.entityType, t.entityId)]
);
