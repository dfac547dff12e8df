-- Dashboard aggregates (org.certplan.dashboard).

-- At-risk and overdue audits: open statuses, by deadline.
CREATE INDEX ix_audit_status_deadline ON audit (status, latest_end);

-- Utilisation and timeline per auditor: the team rows of an auditor with their days, without reading the table.
CREATE INDEX ix_team_member_auditor_days ON audit_team_member (auditor_id, audit_id, days);

-- Open major nonconformities by due date: the few open majors, not every open minor or every certification.
CREATE INDEX ix_nc_status_grade_due ON nonconformity (status, grade, due_date);
