-- What the database itself guarantees when requests race (docs/security.md).

-- One active certification per client and standard: active_standard is the standard while the certification is
-- active and NULL otherwise, and NULLs do not collide in a unique key. Duplicates stored before this key existed
-- are resolved first: the oldest active certification stays, the later ones are withdrawn and their open audits
-- cancelled, each with a trail entry.
CREATE TEMPORARY TABLE v14_duplicate AS
SELECT c.id, c.status,
       (SELECT MIN(o.id) FROM certification o
        WHERE o.client_id = c.client_id AND o.standard = c.standard
          AND o.status IN ('APPLIED', 'STAGE_1_DONE', 'STAGE_2_DONE', 'CERTIFIED', 'SUSPENDED')) AS kept
FROM certification c
WHERE c.status IN ('APPLIED', 'STAGE_1_DONE', 'STAGE_2_DONE', 'CERTIFIED', 'SUSPENDED');
DELETE FROM v14_duplicate WHERE id = kept;

INSERT INTO certification_event (certification_id, from_status, to_status, event_date, actor, reason, recorded_at)
SELECT d.id, d.status, 'WITHDRAWN', CURRENT_DATE, 'certplan',
       CONCAT('duplicate of the active certification ', d.kept, ' of the same client and standard'),
       CURRENT_TIMESTAMP(6)
FROM v14_duplicate d;

INSERT INTO audit_event (audit_id, at, actor, source, action, detail, reason)
SELECT a.id, CURRENT_TIMESTAMP(6), 'certplan', 'SYSTEM', 'CANCELLED', NULL,
       CONCAT('certification ', d.id, ' withdrawn as a duplicate of certification ', d.kept)
FROM audit a JOIN v14_duplicate d ON d.id = a.certification_id
WHERE a.status IN ('UNPLANNED', 'PLANNED', 'CONFIRMED');

UPDATE audit a JOIN v14_duplicate d ON d.id = a.certification_id
SET a.status = 'CANCELLED', a.version = a.version + 1, a.updated_at = CURRENT_TIMESTAMP(6)
WHERE a.status IN ('UNPLANNED', 'PLANNED', 'CONFIRMED');

UPDATE certification c JOIN v14_duplicate d ON d.id = c.id
SET c.status = 'WITHDRAWN', c.version = c.version + 1, c.updated_at = CURRENT_TIMESTAMP(6);

DROP TEMPORARY TABLE v14_duplicate;

ALTER TABLE certification
    ADD COLUMN active_standard VARCHAR(60) AS (CASE WHEN status IN ('APPLIED', 'STAGE_1_DONE', 'STAGE_2_DONE',
        'CERTIFIED', 'SUSPENDED') THEN standard END) PERSISTENT,
    ADD CONSTRAINT uq_certification_active UNIQUE (client_id, active_standard);

-- Who declared a conflict of interest: an auditor may withdraw only what they declared themself; a planner's
-- record stays until a planner withdraws it. Conflicts stored before are taken as planners' records.
ALTER TABLE conflict_of_interest
    ADD COLUMN declared_by VARCHAR(200) NULL,
    ADD COLUMN declarant VARCHAR(10) NOT NULL DEFAULT 'PLANNER';

-- The trail of conflict declarations and withdrawals; it outlives the withdrawn conflict.
CREATE TABLE conflict_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    auditor_id  BIGINT        NOT NULL,
    conflict_id BIGINT        NOT NULL,
    client_id   BIGINT        NOT NULL,
    action      VARCHAR(20)   NOT NULL,
    actor       VARCHAR(200)  NOT NULL,
    detail      VARCHAR(1000) NOT NULL,
    at          TIMESTAMP(6)  NOT NULL,
    INDEX ix_conflict_event_auditor (auditor_id, at),
    CONSTRAINT fk_conflict_event_auditor FOREIGN KEY (auditor_id) REFERENCES auditor (id) ON DELETE CASCADE
) ENGINE = InnoDB;
