ALTER TABLE `assessments` ADD `panti_type` text;--> statement-breakpoint
ALTER TABLE `assessments` ADD `safeguarding_findings` text;--> statement-breakpoint
ALTER TABLE `assessments` ADD `panti_snapshot` text;--> statement-breakpoint
-- The immutability trigger is replaced so that it also protects the new columns; it is dropped
-- meanwhile for the backfill of rows finalized before this migration.
DROP TRIGGER `assessments_finalized_immutable`;
--> statement-breakpoint
-- Every assessment pins the panti type it was created for (its standar khusus).
UPDATE `assessments` SET `panti_type` = (SELECT `type` FROM `panti` WHERE `panti`.`id` = `assessments`.`panti_id`);
--> statement-breakpoint
-- Finalized assessments freeze the panti's identity (design.md §7); older ones take the identity
-- the panti has now. Instruments before 3.0.0 have no safeguarding indicators: no findings.
UPDATE `assessments` SET `safeguarding_findings` = '[]', `panti_snapshot` = (
	SELECT json_object(
		'name', p.`name`, 'type', p.`type`, 'ownership', p.`ownership`, 'address', p.`address`,
		'regionCode', p.`region_code`, 'regionName', r.`name`,
		'provinceName', coalesce((SELECT pr.`name` FROM `regions` pr WHERE pr.`code` = substr(p.`region_code`, 1, 2)), ''),
		'headName', (SELECT u.`name` FROM `users` u WHERE u.`panti_id` = p.`id` AND u.`role` = 'panti' AND u.`active` = 1 ORDER BY u.`id` LIMIT 1)
	)
	FROM `panti` p JOIN `regions` r ON r.`code` = p.`region_code`
	WHERE p.`id` = `assessments`.`panti_id`
) WHERE `status` = 'finalized';
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
		AND OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL
	)
BEGIN
	SELECT RAISE(ABORT, 'finalized assessments are immutable');
END;
