CREATE TABLE `assessment_aspect_scores` (
	`assessment_id` integer NOT NULL,
	`part` text NOT NULL,
	`aspect_code` text NOT NULL,
	`title` text NOT NULL,
	`pct` real,
	PRIMARY KEY(`assessment_id`, `part`, `aspect_code`),
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- Written once when an assessment is finalized; like the finalized sheets, never changed afterwards.
CREATE TRIGGER assessment_aspect_scores_no_update BEFORE UPDATE ON assessment_aspect_scores
BEGIN
	SELECT RAISE(ABORT, 'nilai aspek penilaian final tidak dapat diubah');
END;
--> statement-breakpoint
CREATE TRIGGER assessment_aspect_scores_no_delete BEFORE DELETE ON assessment_aspect_scores
BEGIN
	SELECT RAISE(ABORT, 'nilai aspek penilaian final tidak dapat dihapus');
END;
