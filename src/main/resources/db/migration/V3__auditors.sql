-- Auditors, their qualifications, languages, availability and conflicts of interest; audit teams.

CREATE TABLE auditor (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    name               VARCHAR(200)  NOT NULL,
    email              VARCHAR(254)  NOT NULL,
    home_country_code  CHAR(2)       NOT NULL,
    home_city          VARCHAR(120)  NOT NULL,
    latitude           DECIMAL(9, 6) NOT NULL,
    longitude          DECIMAL(9, 6) NOT NULL,
    employment         VARCHAR(20)   NOT NULL,
    max_days_per_month INT           NULL,
    max_days_per_year  INT           NULL,
    version            BIGINT        NOT NULL,
    created_at         TIMESTAMP(6)  NOT NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uq_auditor_email UNIQUE (email),
    INDEX ix_auditor_name (name)
) ENGINE = InnoDB;

CREATE TABLE auditor_language (
    auditor_id BIGINT     NOT NULL,
    code       VARCHAR(3) NOT NULL,
    PRIMARY KEY (auditor_id, code),
    INDEX ix_auditor_language_code (code),
    CONSTRAINT fk_auditor_language_auditor FOREIGN KEY (auditor_id) REFERENCES auditor (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- COMP-1..3: what an auditor may do for which standard and technical areas, and when.
CREATE TABLE qualification (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    auditor_id BIGINT      NOT NULL,
    standard   VARCHAR(60) NOT NULL,
    role       VARCHAR(20) NOT NULL,
    valid_from DATE        NOT NULL,
    valid_to   DATE        NOT NULL,
    INDEX ix_qualification_auditor (auditor_id, valid_from),
    INDEX ix_qualification_role_validity (role, valid_to, valid_from),
    CONSTRAINT fk_qualification_auditor FOREIGN KEY (auditor_id) REFERENCES auditor (id) ON DELETE CASCADE,
    CONSTRAINT ck_qualification_validity CHECK (valid_to >= valid_from)
) ENGINE = InnoDB;

CREATE TABLE qualification_technical_area (
    qualification_id BIGINT      NOT NULL,
    code             VARCHAR(20) NOT NULL,
    PRIMARY KEY (qualification_id, code),
    INDEX ix_qualification_area_code (code),
    CONSTRAINT fk_qualification_area_qualification FOREIGN KEY (qualification_id) REFERENCES qualification (id)
        ON DELETE CASCADE
) ENGINE = InnoDB;

-- CAP-2: leave, training, sickness; periods of one auditor never overlap.
CREATE TABLE auditor_unavailability (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    auditor_id BIGINT       NOT NULL,
    from_date  DATE         NOT NULL,
    to_date    DATE         NOT NULL,
    reason     VARCHAR(200) NULL,
    created_at TIMESTAMP(6) NOT NULL,
    INDEX ix_unavailability_auditor_period (auditor_id, from_date, to_date),
    CONSTRAINT fk_unavailability_auditor FOREIGN KEY (auditor_id) REFERENCES auditor (id) ON DELETE CASCADE,
    CONSTRAINT ck_unavailability_period CHECK (to_date >= from_date)
) ENGINE = InnoDB;

-- IMP-1, IMP-2: declared relationships with clients; an open-ended one has no to_date.
CREATE TABLE conflict_of_interest (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    auditor_id BIGINT        NOT NULL,
    client_id  BIGINT        NOT NULL,
    reason     VARCHAR(20)   NOT NULL,
    from_date  DATE          NOT NULL,
    to_date    DATE          NULL,
    note       VARCHAR(1000) NULL,
    created_at TIMESTAMP(6)  NOT NULL,
    INDEX ix_conflict_auditor_client (auditor_id, client_id),
    INDEX ix_conflict_client (client_id),
    CONSTRAINT fk_conflict_auditor FOREIGN KEY (auditor_id) REFERENCES auditor (id) ON DELETE CASCADE,
    CONSTRAINT fk_conflict_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    CONSTRAINT ck_conflict_period CHECK (to_date IS NULL OR to_date >= from_date)
) ENGINE = InnoDB;

-- Who audits an audit, in which role, for how many auditor-days. The rows of a closed audit outlive a deleted
-- auditor (auditor_id becomes NULL); an auditor on an open audit cannot be deleted.
CREATE TABLE audit_team_member (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    audit_id   BIGINT        NOT NULL,
    auditor_id BIGINT        NULL,
    role       VARCHAR(20)   NOT NULL,
    days       DECIMAL(5, 1) NOT NULL,
    CONSTRAINT uq_team_member_audit_auditor UNIQUE (audit_id, auditor_id),
    INDEX ix_team_member_auditor (auditor_id),
    CONSTRAINT fk_team_member_audit FOREIGN KEY (audit_id) REFERENCES audit (id) ON DELETE CASCADE,
    CONSTRAINT fk_team_member_auditor FOREIGN KEY (auditor_id) REFERENCES auditor (id) ON DELETE SET NULL
) ENGINE = InnoDB;
