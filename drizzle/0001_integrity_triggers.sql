-- The audit log is append-only: no row may ever change or disappear.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
-- Published rubric and instrument versions are immutable (publish a new version instead).
CREATE TRIGGER rubric_versions_immutable BEFORE UPDATE ON rubric_versions
BEGIN
	SELECT RAISE(ABORT, 'published rubric versions are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER instrument_versions_immutable BEFORE UPDATE ON instrument_versions
BEGIN
	SELECT RAISE(ABORT, 'published instrument versions are immutable');
END;
--> statement-breakpoint
-- A finalized assessment never changes, except revocation of its certificate.
CREATE TRIGGER assessments_finalized_immutable BEFORE UPDATE ON assessments
WHEN OLD.status = 'finalized'
	AND NOT (
		NEW.status = 'finalized'
		AND NEW.panti_id IS OLD.panti_id AND NEW.instrument_version_id IS OLD.instrument_version_id
		AND NEW.total_pct IS OLD.total_pct AND NEW.grade IS OLD.grade
		AND NEW.certificate_number IS OLD.certificate_number
		AND NEW.verification_code IS OLD.verification_code AND NEW.valid_until IS OLD.valid_until
		AND NEW.finalized_at IS OLD.finalized_at AND NEW.profile_snapshot IS OLD.profile_snapshot
		AND OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL
	)
BEGIN
	SELECT RAISE(ABORT, 'finalized assessments are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER assessments_finalized_no_delete BEFORE DELETE ON assessments
WHEN OLD.status = 'finalized'
BEGIN
	SELECT RAISE(ABORT, 'finalized assessments are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER item_scores_finalized_immutable_ins BEFORE INSERT ON item_scores
WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) = 'finalized'
BEGIN
	SELECT RAISE(ABORT, 'finalized assessments are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER item_scores_finalized_immutable_upd BEFORE UPDATE ON item_scores
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'finalized'
BEGIN
	SELECT RAISE(ABORT, 'finalized assessments are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER item_scores_finalized_immutable_del BEFORE DELETE ON item_scores
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'finalized'
BEGIN
	SELECT RAISE(ABORT, 'finalized assessments are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER consolidated_finalized_immutable_ins BEFORE INSERT ON consolidated_scores
WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) = 'finalized'
BEGIN
	SELECT RAISE(ABORT, 'finalized assessments are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER consolidated_finalized_immutable_upd BEFORE UPDATE ON consolidated_scores
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'finalized'
BEGIN
	SELECT RAISE(ABORT, 'finalized assessments are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER consolidated_finalized_immutable_del BEFORE DELETE ON consolidated_scores
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'finalized'
BEGIN
	SELECT RAISE(ABORT, 'finalized assessments are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER evidence_finalized_immutable_ins BEFORE INSERT ON evidence
WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) = 'finalized'
BEGIN
	SELECT RAISE(ABORT, 'finalized assessments are immutable');
END;
--> statement-breakpoint
CREATE TRIGGER evidence_finalized_immutable_del BEFORE DELETE ON evidence
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) = 'finalized'
BEGIN
	SELECT RAISE(ABORT, 'finalized assessments are immutable');
END;
