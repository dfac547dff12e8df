-- An apply of a run's proposal that has begun and not yet ended: written before the apply's transaction and deleted
-- by it. A row left behind with no apply holding its run means the service stopped during the apply (which the
-- database rolled back): the next start marks that run FAILED with the reason.
CREATE TABLE planning_run_apply (
    run_id     BIGINT       NOT NULL PRIMARY KEY,
    started_at TIMESTAMP(6) NOT NULL,
    started_by VARCHAR(200) NULL,
    CONSTRAINT fk_planning_run_apply_run FOREIGN KEY (run_id) REFERENCES planning_run (id) ON DELETE CASCADE
) ENGINE = InnoDB;
