-- Clients, certifications, audits and nonconformities: the audit programme.

CREATE TABLE client (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                    VARCHAR(200) NOT NULL,
    persons                 INT          NOT NULL,
    identical_work_persons  INT          NULL,
    site_sampling           BOOLEAN      NOT NULL DEFAULT FALSE,
    version                 BIGINT       NOT NULL,
    created_at              TIMESTAMP(6) NOT NULL,
    updated_at              TIMESTAMP(6) NOT NULL,
    INDEX ix_client_name (name)
) ENGINE = InnoDB;

CREATE TABLE client_site (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    client_id     BIGINT        NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    country_code  CHAR(2)       NOT NULL,
    city          VARCHAR(120)  NOT NULL,
    latitude      DECIMAL(9, 6) NOT NULL,
    longitude     DECIMAL(9, 6) NOT NULL,
    persons       INT           NOT NULL,
    central       BOOLEAN       NOT NULL,
    CONSTRAINT fk_site_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE client_technical_area (
    client_id BIGINT      NOT NULL,
    code      VARCHAR(20) NOT NULL,
    PRIMARY KEY (client_id, code),
    INDEX ix_area_code (code),
    CONSTRAINT fk_area_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE client_language (
    client_id BIGINT     NOT NULL,
    code      VARCHAR(3) NOT NULL,
    PRIMARY KEY (client_id, code),
    CONSTRAINT fk_language_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE client_blackout (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    client_id BIGINT       NOT NULL,
    from_date DATE         NOT NULL,
    to_date   DATE         NOT NULL,
    reason    VARCHAR(200) NULL,
    CONSTRAINT fk_blackout_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    CONSTRAINT ck_blackout_period CHECK (to_date >= from_date)
) ENGINE = InnoDB;

CREATE TABLE certification (
    id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
    client_id                   BIGINT        NOT NULL,
    standard                    VARCHAR(60)   NOT NULL,
    scope                       VARCHAR(2000) NOT NULL,
    application_date            DATE          NOT NULL,
    status                      VARCHAR(20)   NOT NULL,
    cycle_number                INT           NOT NULL,
    cycle_start                 DATE          NULL,
    expiry                      DATE          NULL,
    decision_date               DATE          NULL,
    suspended_on                DATE          NULL,
    remote                      BOOLEAN       NOT NULL,
    issuing_body                VARCHAR(200)  NULL,
    at_persons                  INT           NOT NULL,
    at_effective_persons        INT           NOT NULL,
    at_table_days               DECIMAL(5, 1) NOT NULL,
    at_adjustment_percent       INT           NOT NULL,
    at_initial_days             DECIMAL(5, 1) NOT NULL,
    at_stage1_days              DECIMAL(5, 1) NOT NULL,
    at_stage2_days              DECIMAL(5, 1) NOT NULL,
    at_surveillance_days        DECIMAL(5, 1) NOT NULL,
    at_recertification_days     DECIMAL(5, 1) NOT NULL,
    at_onsite_share             DECIMAL(4, 2) NOT NULL,
    at_remote_share             DECIMAL(4, 2) NOT NULL,
    at_multi_site_minimum_days  DECIMAL(5, 1) NULL,
    version                     BIGINT        NOT NULL,
    created_at                  TIMESTAMP(6)  NOT NULL,
    updated_at                  TIMESTAMP(6)  NOT NULL,
    INDEX ix_certification_status_expiry (status, expiry),
    CONSTRAINT fk_certification_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE certification_event (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    certification_id BIGINT        NOT NULL,
    from_status      VARCHAR(20)   NULL,
    to_status        VARCHAR(20)   NOT NULL,
    event_date       DATE          NOT NULL,
    actor            VARCHAR(200)  NOT NULL,
    reason           VARCHAR(1000) NULL,
    recorded_at      TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_event_certification FOREIGN KEY (certification_id) REFERENCES certification (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE audit (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    certification_id   BIGINT        NOT NULL,
    client_id          BIGINT        NOT NULL,
    cycle_number       INT           NOT NULL,
    type               VARCHAR(20)   NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    earliest_start     DATE          NOT NULL,
    latest_end         DATE          NOT NULL,
    target_date        DATE          NOT NULL,
    auditor_days       DECIMAL(5, 1) NOT NULL,
    onsite_days        DECIMAL(5, 1) NOT NULL,
    remote_days        DECIMAL(5, 1) NOT NULL,
    remote             BOOLEAN       NOT NULL,
    start_date         DATE          NULL,
    end_date           DATE          NULL,
    pinned             BOOLEAN       NOT NULL DEFAULT FALSE,
    unassigned_reason  VARCHAR(2000) NULL,
    raised_by_audit_id BIGINT        NULL,
    version            BIGINT        NOT NULL,
    created_at         TIMESTAMP(6)  NOT NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    INDEX ix_audit_status_window (status, earliest_start, latest_end),
    INDEX ix_audit_dates (start_date, end_date),
    INDEX ix_audit_type (type),
    CONSTRAINT fk_audit_certification FOREIGN KEY (certification_id) REFERENCES certification (id) ON DELETE CASCADE,
    CONSTRAINT fk_audit_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    CONSTRAINT fk_audit_raised_by FOREIGN KEY (raised_by_audit_id) REFERENCES audit (id) ON DELETE SET NULL,
    CONSTRAINT ck_audit_window CHECK (latest_end >= earliest_start)
) ENGINE = InnoDB;

-- Sites to visit (MS-1..MS-3); the central function is always among them.
CREATE TABLE audit_site (
    audit_id BIGINT NOT NULL,
    site_id  BIGINT NOT NULL,
    PRIMARY KEY (audit_id, site_id),
    CONSTRAINT fk_audit_site_audit FOREIGN KEY (audit_id) REFERENCES audit (id) ON DELETE CASCADE,
    CONSTRAINT fk_audit_site_site FOREIGN KEY (site_id) REFERENCES client_site (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- The audit trail: every change to an audit, by whom or what, when and why.
CREATE TABLE audit_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    audit_id    BIGINT        NOT NULL,
    at          TIMESTAMP(6)  NOT NULL,
    actor       VARCHAR(200)  NOT NULL,
    source      VARCHAR(20)   NOT NULL,
    action      VARCHAR(40)   NOT NULL,
    detail      VARCHAR(4000) NULL,
    reason      VARCHAR(1000) NULL,
    INDEX ix_audit_event_audit (audit_id, at),
    CONSTRAINT fk_audit_event_audit FOREIGN KEY (audit_id) REFERENCES audit (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE nonconformity (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    certification_id     BIGINT        NOT NULL,
    audit_id             BIGINT        NOT NULL,
    grade                VARCHAR(10)   NOT NULL,
    clause               VARCHAR(40)   NOT NULL,
    description          VARCHAR(4000) NOT NULL,
    status               VARCHAR(10)   NOT NULL,
    raised_on            DATE          NOT NULL,
    due_date             DATE          NULL,
    follow_up_audit_id   BIGINT        NULL,
    verified_on          DATE          NULL,
    verified_by_audit_id BIGINT        NULL,
    version              BIGINT        NOT NULL,
    created_at           TIMESTAMP(6)  NOT NULL,
    INDEX ix_nc_status_due (status, due_date),
    CONSTRAINT fk_nc_certification FOREIGN KEY (certification_id) REFERENCES certification (id) ON DELETE CASCADE,
    CONSTRAINT fk_nc_audit FOREIGN KEY (audit_id) REFERENCES audit (id) ON DELETE CASCADE,
    CONSTRAINT fk_nc_follow_up FOREIGN KEY (follow_up_audit_id) REFERENCES audit (id) ON DELETE SET NULL,
    CONSTRAINT fk_nc_verified_by FOREIGN KEY (verified_by_audit_id) REFERENCES audit (id) ON DELETE SET NULL
) ENGINE = InnoDB;
