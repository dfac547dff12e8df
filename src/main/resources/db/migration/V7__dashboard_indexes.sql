-- Dashboard aggregates (org.certplan.dashboard).

-- At-risk and overdue audits: open statuses, by deadline.
CREATE INDEX ix_audit_status_deadline ON audit (status, latest_end);

-- Utilisation and timeline per auditor: the team rows of an auditor with their days, without reading the table.
CREATE INDEX ix_team_member_auditor_days ON audit_team_member (auditor_id, audit_id, days);
