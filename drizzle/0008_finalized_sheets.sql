CREATE TABLE `finalized_sheets` (
	`assessment_id` integer PRIMARY KEY NOT NULL,
	`levels` blob NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- A finalized sheet never changes (design.md §7): its compact copy neither.
CREATE TRIGGER finalized_sheets_immutable_update BEFORE UPDATE ON finalized_sheets
BEGIN
	SELECT RAISE(ABORT, 'finalized sheets are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER finalized_sheets_immutable_delete BEFORE DELETE ON finalized_sheets
BEGIN
	SELECT RAISE(ABORT, 'finalized sheets are immutable');
END;
--> statement-breakpoint
-- Only a finalized assessment has one.
CREATE TRIGGER finalized_sheets_only_final BEFORE INSERT ON finalized_sheets
WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) IS NOT 'finalized'
BEGIN
	SELECT RAISE(ABORT, 'only finalized assessments have a finalized sheet');
END;
