-- Change notifications as a transactional outbox: rows are written with the change they announce and sent by a
-- dispatcher on any replica, which claims due rows with SELECT ... FOR UPDATE SKIP LOCKED (MariaDB 10.6+).
-- PENDING rows are due from next_attempt_at; SENT (delivered to the webhook or logged) and FAILED are final.
ALTER TABLE change_notification
    ADD COLUMN next_attempt_at TIMESTAMP(6) NULL AFTER attempts,
    DROP INDEX ix_change_notification_status,
    ADD INDEX ix_change_notification_due (status, next_attempt_at);

UPDATE change_notification SET status = 'SENT' WHERE status IN ('DELIVERED', 'LOGGED');
-- Notifications whose in-memory retries were lost are sent after the upgrade.
UPDATE change_notification SET next_attempt_at = CURRENT_TIMESTAMP(6) WHERE status = 'PENDING';
