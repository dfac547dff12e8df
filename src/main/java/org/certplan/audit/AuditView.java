package org.certplan.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.certplan.programme.AuditType;

/** An audit as the API shows it. */
public record AuditView(
        long id,
        long certificationId,
        long clientId,
        int cycleNumber,
        AuditType type,
        AuditStatus status,
        LocalDate earliestStart,
        LocalDate latestEnd,
        LocalDate targetDate,
        BigDecimal auditorDays,
        BigDecimal onsiteDays,
        BigDecimal remoteDays,
        boolean remote,
        LocalDate startDate,
        LocalDate endDate,
        List<TeamMemberView> team,
        List<Long> siteIds,
        boolean pinned,
        String unassignedReason,
        Long raisedByAuditId,
        Instant publishedAt,
        LocalDate publishedStartDate,
        LocalDate publishedEndDate,
        long version) {

    public record TeamMemberView(Long auditorId, TeamRole role, BigDecimal days) {
    }

    public static AuditView of(Audit a, List<TeamMemberView> team) {
        return new AuditView(a.id, a.certificationId, a.clientId, a.cycleNumber, a.type, a.status, a.earliestStart,
                a.latestEnd, a.targetDate, a.auditorDays, a.onsiteDays, a.remoteDays, a.remote, a.startDate,
                a.endDate, team, List.copyOf(a.siteIds), a.pinned, a.unassignedReason, a.raisedByAuditId,
                a.publishedAt, a.publishedStartDate, a.publishedEndDate, a.version);
    }
}
