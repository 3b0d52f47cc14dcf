CREATE TABLE `agenda_action_panti` (
	`agenda_action_id` integer NOT NULL,
	`panti_id` integer NOT NULL,
	`assessment_id` integer NOT NULL,
	PRIMARY KEY(`agenda_action_id`, `panti_id`),
	FOREIGN KEY (`agenda_action_id`) REFERENCES `agenda_actions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`panti_id`) REFERENCES `panti`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agenda_action_panti_panti_idx` ON `agenda_action_panti` (`panti_id`);--> statement-breakpoint
CREATE TABLE `agenda_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`scope_code` text NOT NULL,
	`indicator_code` text NOT NULL,
	`action` text NOT NULL,
	`horizon` text NOT NULL,
	`stakeholder` text NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`due_date` text,
	`status` text DEFAULT 'belum' NOT NULL,
	`progress_note` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_by` integer,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agenda_actions_item_idx` ON `agenda_actions` (`scope_code`,`indicator_code`,`action`);--> statement-breakpoint
-- An agenda action is tracked, never deleted (design.md: no data is ever lost); finished is a status.
CREATE TRIGGER agenda_actions_no_delete BEFORE DELETE ON agenda_actions
BEGIN
	SELECT RAISE(ABORT, 'agenda actions are never deleted');
END;
