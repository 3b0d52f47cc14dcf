CREATE TABLE `assessment_returns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_id` integer NOT NULL,
	`returned_by` integer NOT NULL,
	`returned_at` text NOT NULL,
	`reason` text NOT NULL,
	`comments` text NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`returned_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessment_returns_idx` ON `assessment_returns` (`assessment_id`,`id`);--> statement-breakpoint
CREATE TABLE `assessment_submissions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_id` integer NOT NULL,
	`submitted_by` integer NOT NULL,
	`submitted_at` text NOT NULL,
	`sheet` text NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessment_submissions_idx` ON `assessment_submissions` (`assessment_id`,`id`);--> statement-breakpoint
CREATE TABLE `conflict_declarations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_id` integer NOT NULL,
	`panti_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`grounds` text NOT NULL,
	`detail` text DEFAULT '' NOT NULL,
	`declared_at` text NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`panti_id`) REFERENCES `panti`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `conflict_declarations_assessment_idx` ON `conflict_declarations` (`assessment_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `conflict_declarations_user_idx` ON `conflict_declarations` (`user_id`,`panti_id`);--> statement-breakpoint
ALTER TABLE `assessments` ADD `visit_record` text;--> statement-breakpoint
ALTER TABLE `consolidated_scores` ADD `reason` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Submissions, returns and conflict declarations are records of what happened: append-only.
CREATE TRIGGER assessment_submissions_append_only_upd BEFORE UPDATE ON assessment_submissions
BEGIN
	SELECT RAISE(ABORT, 'assessment_submissions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER assessment_submissions_append_only_del BEFORE DELETE ON assessment_submissions
BEGIN
	SELECT RAISE(ABORT, 'assessment_submissions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER assessment_returns_append_only_upd BEFORE UPDATE ON assessment_returns
BEGIN
	SELECT RAISE(ABORT, 'assessment_returns is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER assessment_returns_append_only_del BEFORE DELETE ON assessment_returns
BEGIN
	SELECT RAISE(ABORT, 'assessment_returns is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER conflict_declarations_append_only_upd BEFORE UPDATE ON conflict_declarations
BEGIN
	SELECT RAISE(ABORT, 'conflict_declarations is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER conflict_declarations_append_only_del BEFORE DELETE ON conflict_declarations
BEGIN
	SELECT RAISE(ABORT, 'conflict_declarations is append-only');
END;
--> statement-breakpoint
-- The visit record is printed on the report and certificate: frozen with the rest at finalization.
DROP TRIGGER `assessments_finalized_immutable`;
--> statement-breakpoint
CREATE TRIGGER assessments_finalized_immutable BEFORE UPDATE ON assessments
WHEN OLD.status = 'finalized'
	AND NOT (
		NEW.status = 'finalized'
		AND NEW.panti_id IS OLD.panti_id AND NEW.instrument_version_id IS OLD.instrument_version_id
		AND NEW.total_pct IS OLD.total_pct AND NEW.grade IS OLD.grade
		AND NEW.gate_explanation IS OLD.gate_explanation
		AND NEW.certificate_number IS OLD.certificate_number
		AND NEW.verification_code IS OLD.verification_code AND NEW.valid_until IS OLD.valid_until
		AND NEW.finalized_at IS OLD.finalized_at AND NEW.finalized_by IS OLD.finalized_by
		AND NEW.profile_snapshot IS OLD.profile_snapshot
		AND NEW.panti_type IS OLD.panti_type AND NEW.panti_snapshot IS OLD.panti_snapshot
		AND NEW.safeguarding_findings IS OLD.safeguarding_findings
		AND NEW.visit_record IS OLD.visit_record
		AND OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL
	)
BEGIN
	SELECT RAISE(ABORT, 'finalized assessments are immutable');
END;
