CREATE TABLE `assessment_team` (
	`assessment_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`assessment_id`, `user_id`),
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessment_team_user_idx` ON `assessment_team` (`user_id`);--> statement-breakpoint
CREATE TABLE `assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`panti_id` integer NOT NULL,
	`instrument_version_id` integer NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`planned_date` text,
	`profile_snapshot` text,
	`return_reason` text,
	`submitted_at` text,
	`finalized_at` text,
	`finalized_by` integer,
	`total_pct` real,
	`grade` text,
	`gate_explanation` text,
	`certificate_number` text,
	`verification_code` text,
	`valid_until` text,
	`revoked_at` text,
	`revoke_reason` text,
	`created_by` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`panti_id`) REFERENCES `panti`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`instrument_version_id`) REFERENCES `instrument_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`finalized_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessments_panti_idx` ON `assessments` (`panti_id`,`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `assessments_verification_uq` ON `assessments` (`verification_code`);--> statement-breakpoint
CREATE UNIQUE INDEX `assessments_certificate_uq` ON `assessments` (`certificate_number`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`user_id` integer,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE TABLE `consolidated_scores` (
	`assessment_id` integer NOT NULL,
	`indicator_code` text NOT NULL,
	`level` integer,
	`not_applicable` integer DEFAULT false NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by` integer NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`assessment_id`, `indicator_code`),
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_id` integer NOT NULL,
	`indicator_code` text NOT NULL,
	`sha256` text NOT NULL,
	`mime_type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`original_name` text NOT NULL,
	`uploaded_by` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evidence_assessment_idx` ON `evidence` (`assessment_id`,`indicator_code`);--> statement-breakpoint
CREATE TABLE `improvement_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`indicator_code` text NOT NULL,
	`action` text NOT NULL,
	`horizon` text NOT NULL,
	`stakeholder` text NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`due_date` text,
	`status` text DEFAULT 'belum' NOT NULL,
	`progress_note` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by` integer,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `improvement_plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `improvement_actions_plan_idx` ON `improvement_actions` (`plan_id`);--> statement-breakpoint
CREATE TABLE `improvement_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`panti_id` integer NOT NULL,
	`assessment_id` integer NOT NULL,
	`indicative` integer DEFAULT false NOT NULL,
	`superseded_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`panti_id`) REFERENCES `panti`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `improvement_plans_panti_idx` ON `improvement_plans` (`panti_id`);--> statement-breakpoint
CREATE TABLE `instrument_rubrics` (
	`instrument_version_id` integer NOT NULL,
	`rubric_version_id` integer NOT NULL,
	`part` text NOT NULL,
	PRIMARY KEY(`instrument_version_id`, `part`),
	FOREIGN KEY (`instrument_version_id`) REFERENCES `instrument_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rubric_version_id`) REFERENCES `rubric_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `instrument_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`instrument_id` text NOT NULL,
	`version` text NOT NULL,
	`title` text NOT NULL,
	`content_hash` text NOT NULL,
	`content` text NOT NULL,
	`source_file` text NOT NULL,
	`published_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `instrument_versions_uq` ON `instrument_versions` (`instrument_id`,`version`);--> statement-breakpoint
CREATE TABLE `item_scores` (
	`assessment_id` integer NOT NULL,
	`assessor_id` integer NOT NULL,
	`indicator_code` text NOT NULL,
	`level` integer,
	`not_applicable` integer DEFAULT false NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by` integer NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`assessment_id`, `assessor_id`, `indicator_code`),
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assessor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `login_throttle` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`window_start` text NOT NULL,
	`locked_until` text
);
--> statement-breakpoint
CREATE TABLE `panti` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`ownership` text NOT NULL,
	`address` text NOT NULL,
	`region_code` text NOT NULL,
	`latitude` real,
	`longitude` real,
	`capacity` integer NOT NULL,
	`current_clients` integer NOT NULL,
	`staff_pimpinan` integer DEFAULT 0 NOT NULL,
	`staff_operasional` integer DEFAULT 0 NOT NULL,
	`staff_penunjang` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `panti_region_idx` ON `panti` (`region_code`);--> statement-breakpoint
CREATE INDEX `panti_type_idx` ON `panti` (`type`);--> statement-breakpoint
CREATE INDEX `panti_name_idx` ON `panti` (`name`);--> statement-breakpoint
CREATE TABLE `panti_legal_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`panti_id` integer NOT NULL,
	`kind` text NOT NULL,
	`number` text NOT NULL,
	`issued_on` text,
	`expires_on` text,
	FOREIGN KEY (`panti_id`) REFERENCES `panti`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `panti_legal_kind_uq` ON `panti_legal_documents` (`panti_id`,`kind`);--> statement-breakpoint
CREATE TABLE `panti_pmks` (
	`panti_id` integer NOT NULL,
	`pmks_code` text NOT NULL,
	PRIMARY KEY(`panti_id`, `pmks_code`),
	FOREIGN KEY (`panti_id`) REFERENCES `panti`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `panti_staff` (
	`panti_id` integer NOT NULL,
	`profession` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`panti_id`, `profession`),
	FOREIGN KEY (`panti_id`) REFERENCES `panti`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `regions` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`parent_code` text
);
--> statement-breakpoint
CREATE INDEX `regions_parent_idx` ON `regions` (`parent_code`);--> statement-breakpoint
CREATE TABLE `rubric_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rubric_id` text NOT NULL,
	`version` text NOT NULL,
	`title` text NOT NULL,
	`content_hash` text NOT NULL,
	`content` text NOT NULL,
	`source_file` text NOT NULL,
	`published_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rubric_versions_uq` ON `rubric_versions` (`rubric_id`,`version`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`expires_at` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`region_code` text,
	`panti_id` integer,
	`active` integer DEFAULT true NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`panti_id`) REFERENCES `panti`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_uq` ON `users` (`username`);