ALTER TABLE `assessments` ADD `signatory` text;--> statement-breakpoint
ALTER TABLE `users` ADD `nip` text;--> statement-breakpoint
ALTER TABLE `users` ADD `position` text;--> statement-breakpoint
-- The certificate's signatory is frozen with the rest at finalization (design.md §7): a rename
-- or a new position of the reviewer must not change what was issued. The trigger is dropped
-- meanwhile for the backfill of rows finalized before this migration.
DROP TRIGGER `assessments_finalized_immutable`;
--> statement-breakpoint
-- Older finalized visits take the reviewer's name as it is now; NIP and jabatan did not exist.
UPDATE `assessments` SET `signatory` = (
	SELECT json_object(
		'name', u.`name`, 'nip', u.`nip`, 'position', u.`position`,
		'place', (SELECT r.`name` FROM `regions` r WHERE r.`code` = u.`region_code`)
	)
	FROM `users` u WHERE u.`id` = `assessments`.`finalized_by`
) WHERE `status` = 'finalized' AND `kind` = 'visit' AND `finalized_by` IS NOT NULL;
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
		AND NEW.signatory IS OLD.signatory
		AND OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL
	)
BEGIN
	SELECT RAISE(ABORT, 'finalized assessments are immutable');
END;
