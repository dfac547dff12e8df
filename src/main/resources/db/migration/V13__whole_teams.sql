-- COMP-7, whole teams or none: an audit is planned only when its team has a lead and fills every seat COMP-5
-- needs (ceil(on-site days / max days per auditor) leads and auditors, at least one). Audits PLANNED with an empty
-- seat or no lead become UNPLANNED with the reason, without a date; so do the dates of UNPLANNED audits. Their
-- lead and auditor rows go, so no auditor's days stay booked on a team that is not whole; technical experts and
-- interpreters stay. CONFIRMED and closed audits keep what they have. Every audit changed gets a trail entry and a
-- new version, so a proposal read before cannot be applied over it.
CREATE TEMPORARY TABLE v12_not_whole AS
SELECT t.id, t.status, t.start_date, t.end_date,
       CASE WHEN t.leads = 0 AND t.seated = 0
                THEN CONCAT('no team: all ', t.needed, IF(t.needed = 1, ' seat', ' seats'), ' empty, no lead')
            WHEN t.leads = 0 THEN 'no lead'
            ELSE CONCAT(t.needed - t.seated, ' of ', t.needed, ' seats empty') END AS missing
FROM (SELECT a.id, a.status, a.start_date, a.end_date,
             (SELECT COUNT(*) FROM audit_team_member m
              WHERE m.audit_id = a.id AND m.role = 'LEAD' AND m.auditor_id IS NOT NULL) AS leads,
             (SELECT COUNT(*) FROM audit_team_member m
              WHERE m.audit_id = a.id AND m.role IN ('LEAD', 'AUDITOR') AND m.auditor_id IS NOT NULL) AS seated,
             CEIL(GREATEST(1, CEIL(a.onsite_days)) / ${max_days_per_auditor}) AS needed
      FROM audit a
      WHERE a.status IN ('PLANNED', 'UNPLANNED')) t
WHERE (t.status = 'PLANNED' AND (t.leads = 0 OR t.seated < t.needed))
   OR (t.status = 'UNPLANNED' AND (t.start_date IS NOT NULL OR t.seated > 0));

INSERT INTO audit_event (audit_id, at, actor, source, action, detail, reason)
SELECT n.id, CURRENT_TIMESTAMP(6), 'certplan', 'SYSTEM', 'UNPLANNED',
       CONCAT(IF(n.start_date IS NULL, 'no date', CONCAT(n.start_date, '..', COALESCE(n.end_date, n.start_date))),
              ' -> no date; lead and auditors released; status ', n.status, ' -> UNPLANNED',
              IF(n.status = 'PLANNED', CONCAT('; ', n.missing), '')),
       'whole teams or none (COMP-7)'
FROM v12_not_whole n;

UPDATE audit a JOIN v12_not_whole n ON n.id = a.id
SET a.unassigned_reason = CASE WHEN n.status = 'PLANNED'
        THEN CONCAT('left unplanned without a whole team (COMP-7): ', n.missing)
        ELSE a.unassigned_reason END,
    a.status = 'UNPLANNED',
    a.start_date = NULL,
    a.end_date = NULL,
    a.version = a.version + 1,
    a.updated_at = CURRENT_TIMESTAMP(6);

DELETE m FROM audit_team_member m JOIN v12_not_whole n ON n.id = m.audit_id
WHERE m.role IN ('LEAD', 'AUDITOR');

DROP TEMPORARY TABLE v12_not_whole;
