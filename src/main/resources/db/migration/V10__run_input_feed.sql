-- Changes fed into a solving run: the owning replica polls for leaves and audits created since the run read its
-- snapshot (by created_at), and records how many it fed.

ALTER TABLE planning_run ADD COLUMN fed_inputs INT NULL AFTER changed_count;

CREATE INDEX ix_audit_created ON audit (created_at);
CREATE INDEX ix_auditor_unavailability_created ON auditor_unavailability (created_at);
