package org.certplan.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * Why an audit has its team and date. From a run's proposal: the constraint matches touching the audit
 * ({@code source} PLANNING_RUN). For an audit no run has planned: per team seat, each auditor's verdict
 * ({@code source} ELIGIBILITY).
 */
public record AuditExplanation(
        long auditId,
        String source,
        Long runId,
        LocalDate startDate,
        LocalDate endDate,
        List<ImpactView> impacts,
        String unassignedReason,
        List<SeatVerdicts> seats) {

    public record SeatVerdicts(String role, LocalDate startDate, List<Verdict> candidates) {
    }

    public record Verdict(long auditorId, String name, boolean eligible, List<RuleBreach> breaches) {
    }
}
