-- Calendar feeds (docs/portal.md): one secret token per auditor and per client, kept only as its SHA-256 hash.
-- Issuing a new token replaces the old one, which stops working at once.

CREATE TABLE calendar_feed (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    auditor_id  BIGINT       NULL,
    client_id   BIGINT       NULL,
    token_hash  CHAR(64)     NOT NULL,
    issued_at   TIMESTAMP(6) NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uq_calendar_feed_auditor UNIQUE (auditor_id),
    CONSTRAINT uq_calendar_feed_client UNIQUE (client_id),
    CONSTRAINT fk_calendar_feed_auditor FOREIGN KEY (auditor_id) REFERENCES auditor (id) ON DELETE CASCADE,
    CONSTRAINT fk_calendar_feed_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE,
    CONSTRAINT ck_calendar_feed_owner CHECK ((auditor_id IS NULL) <> (client_id IS NULL))
) ENGINE = InnoDB;
