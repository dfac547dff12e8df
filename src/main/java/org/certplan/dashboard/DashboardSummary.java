package org.certplan.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.certplan.audit.AuditStatus;
import org.certplan.planning.RunStaffing;
import org.certplan.programme.AuditType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The planner's overview: counts of the audits in the range by status and type, the unassigned audits in the range
 * with their reasons, and what needs attention as of today — audits at risk, overdue surveillance, expiring
 * certificates, open major nonconformities — and the latest planning run.
 */
public record DashboardSummary(
        LocalDate from,
        LocalDate to,
        LocalDate today,
        int atRiskDays,
        long audits,
        Map<AuditStatus, Long> byStatus,
        Map<AuditType, Long> byType,
        Listing<AuditItem> unassigned,
        Listing<AuditItem> atRisk,
        Listing<AuditItem> overdueSurveillance,
        Listing<ExpiringCertificate> expiringCertificates,
        Listing<OpenMajor> openMajorNonconformities,
        LatestRun latestRun) {

    /** The first entries of a list and how many there are in all. */
    public record Listing<T>(long total, List<T> items) {
    }

    /**
     * {@code daysLeft}: days from today to the audit's deadline ({@code latestEnd}); negative once passed.
     * {@code incompleteTeam}: PLANNED or CONFIRMED although its team is not whole (COMP-7).
     */
    public record AuditItem(
            long id,
            long clientId,
            String clientName,
            long certificationId,
            AuditType type,
            AuditStatus status,
            LocalDate earliestStart,
            LocalDate latestEnd,
            LocalDate targetDate,
            LocalDate startDate,
            LocalDate endDate,
            long daysLeft,
            String unassignedReason,
            boolean incompleteTeam) {
    }

    /** A certificate expiring in the range, with the state of its recertification audit (if one exists). */
    public record ExpiringCertificate(
            long certificationId,
            long clientId,
            String clientName,
            String status,
            LocalDate expiry,
            long daysLeft,
            Long recertificationAuditId,
            AuditStatus recertificationStatus,
            LocalDate recertificationStart) {
    }

    /**
     * An open major nonconformity (NC-2) of a certification that is not withdrawn: the follow-up must verify it by
     * {@code dueDate}.
     */
    public record OpenMajor(
            long id,
            long certificationId,
            long clientId,
            String clientName,
            String clause,
            LocalDate raisedOn,
            LocalDate dueDate,
            Long daysLeft,
            Long followUpAuditId,
            AuditStatus followUpStatus,
            LocalDate followUpStart) {
    }

    public record LatestRun(
            long id,
            String status,
            String mode,
            LocalDate from,
            LocalDate to,
            String score,
            Boolean feasible,
            Integer assigned,
            Integer unassigned,
            Integer changedAudits,
            Instant startedAt,
            Instant endedAt,
            Instant appliedAt,
            @Schema(nullable = true, description = "what the run's proposal staffs; null before it has one")
            RunStaffing staffing) {
    }
}
