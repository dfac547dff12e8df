-- The soft-constraint weights a CB has changed from the defaults (PUT /api/v1/policy/weights): one row.
CREATE TABLE soft_weights (
    id         INT           NOT NULL PRIMARY KEY,
    overrides  TEXT          NOT NULL,
    updated_at TIMESTAMP(6)  NULL,
    updated_by VARCHAR(200)  NULL,
    reason     VARCHAR(500)  NULL,
    version    BIGINT        NOT NULL,
    CONSTRAINT ck_soft_weights_single CHECK (id = 1)
) ENGINE = InnoDB;

INSERT INTO soft_weights (id, overrides, version) VALUES (1, '{}', 0);
