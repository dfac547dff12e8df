-- Calendar feed links expire (certplan.calendar.token-lifetime, docs/portal.md), and the link a rotation replaced
-- is remembered by its hash so that it answers "replaced on …" instead of "does not exist". Links issued before
-- get the default lifetime of 365 days from their issue.
ALTER TABLE calendar_feed
    ADD COLUMN expires_at TIMESTAMP(6) NULL,
    ADD COLUMN replaced_token_hash CHAR(64) NULL,
    ADD COLUMN replaced_at TIMESTAMP(6) NULL;

UPDATE calendar_feed SET expires_at = DATE_ADD(issued_at, INTERVAL 365 DAY);

ALTER TABLE calendar_feed MODIFY expires_at TIMESTAMP(6) NOT NULL;
