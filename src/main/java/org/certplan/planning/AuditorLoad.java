package org.certplan.planning;

/** Audit days an auditor spends in one period (a month or a year), for CAP-3. */
public record AuditorLoad<P>(PlanningAuditor auditor, P period, int days, Long auditId) {
}
