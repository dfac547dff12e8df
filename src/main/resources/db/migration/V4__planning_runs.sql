-- Planning runs: one solve over a horizon, its best-score history and its proposal against the current plan.

CREATE TABLE planning_run (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    status           VARCHAR(20)   NOT NULL,
    mode             VARCHAR(10)   NOT NULL,
    horizon_from     DATE          NOT NULL,
    horizon_to       DATE          NOT NULL,
    time_limit       VARCHAR(40)   NOT NULL,
    score            VARCHAR(100)  NULL,
    hard_score       BIGINT        NULL,
    medium_score     BIGINT        NULL,
    soft_score       BIGINT        NULL,
    feasible         BOOLEAN       NULL,
    assigned_count   INT           NULL,
    unassigned_count INT           NULL,
    changed_count    INT           NULL,
    -- TRUE while the run is QUEUED or SOLVING, NULL otherwise: the unique key admits one active run at a time.
    active           BOOLEAN       NULL,
    requested_by     VARCHAR(200)  NOT NULL,
    failure_message  VARCHAR(2000) NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    started_at       TIMESTAMP(6)  NULL,
    ended_at         TIMESTAMP(6)  NULL,
    applied_at       TIMESTAMP(6)  NULL,
    applied_by       VARCHAR(200)  NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT uq_planning_run_active UNIQUE (active),
    CONSTRAINT ck_planning_run_horizon CHECK (horizon_to >= horizon_from),
    INDEX ix_planning_run_status (status, ended_at)
) ENGINE = InnoDB;

CREATE TABLE planning_run_score (
    id     BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id BIGINT       NOT NULL,
    at     TIMESTAMP(6) NOT NULL,
    score  VARCHAR(100) NOT NULL,
    INDEX ix_planning_run_score_run (run_id, at),
    CONSTRAINT fk_planning_run_score_run FOREIGN KEY (run_id) REFERENCES planning_run (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- One row per audit the run planned; changed = the proposal differs from the plan the run read.
CREATE TABLE planning_run_change (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id              BIGINT        NOT NULL,
    audit_id            BIGINT        NOT NULL,
    audit_version       BIGINT        NOT NULL,
    changed             BOOLEAN       NOT NULL,
    old_start           DATE          NULL,
    old_end             DATE          NULL,
    new_start           DATE          NULL,
    new_end             DATE          NULL,
    old_team            TEXT          NOT NULL,
    new_team            TEXT          NOT NULL,
    unassigned_reason   VARCHAR(2000) NULL,
    explanation_summary VARCHAR(2000) NULL,
    explanation         MEDIUMTEXT    NOT NULL,
    CONSTRAINT uq_planning_run_change UNIQUE (run_id, audit_id),
    INDEX ix_planning_run_change_audit (audit_id, run_id),
    CONSTRAINT fk_planning_run_change_run FOREIGN KEY (run_id) REFERENCES planning_run (id) ON DELETE CASCADE,
    CONSTRAINT fk_planning_run_change_audit FOREIGN KEY (audit_id) REFERENCES audit (id) ON DELETE CASCADE
) ENGINE = InnoDB;
