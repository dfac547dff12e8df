-- IAF MD 1 7.3 (MS-4): a multi-site audit's time is the central function plus the sites in that audit's own
-- sample, each from the table for its own persons less the CB's reduction (0-50%, with a reason), never less than
-- the whole organisation at one site. The certification keeps the whole organisation's time; the old minimum over
-- every site goes.
ALTER TABLE client_site
    ADD COLUMN audit_time_reduction_percent INT          NOT NULL DEFAULT 0,
    ADD COLUMN audit_time_reduction_reason  VARCHAR(500) NULL;

ALTER TABLE certification DROP COLUMN at_multi_site_minimum_days;

-- The certifications of multi-site clients, whose stored time and audits not yet held were computed the old way.
-- The service recalculates each at its next start (AuditTimeMigration), writes the change in the audits' trails and
-- removes the row, so a certification is recalculated once.
CREATE TABLE audit_time_recalculation (
    certification_id BIGINT PRIMARY KEY,
    CONSTRAINT fk_audit_time_recalculation FOREIGN KEY (certification_id) REFERENCES certification (id)
        ON DELETE CASCADE
) ENGINE = InnoDB;

INSERT INTO audit_time_recalculation (certification_id)
SELECT c.id FROM certification c
WHERE (SELECT COUNT(*) FROM client_site s WHERE s.client_id = c.client_id) > 1;
