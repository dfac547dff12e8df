package org.certplan.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.certplan.programme.AuditType;

/**
 * An audit as the API shows it. {@code staffed}: its team is whole (COMP-7); {@code incompleteTeam}: it is open
 * with a date but its team is not whole (a planner forced it, or a confirmed audit lost a member).
 */
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
        boolean staffed,
        boolean incompleteTeam,
        Long raisedByAuditId,
        Instant publishedAt,
        LocalDate publishedStartDate,
        LocalDate publishedEndDate,
        long version) {

    public record TeamMemberView(Long auditorId, TeamRole role, BigDecimal days) {
    }

    public static AuditView of(Audit a, List<TeamMemberView> team, TeamSeats seats) {
        boolean staffed = seats.whole(a.onsiteDays,
                team.stream().filter(m -> m.auditorId() != null).map(TeamMemberView::role).toList());
        boolean incompleteTeam = !staffed && a.isOpen() && a.startDate != null && a.status != AuditStatus.UNPLANNED;
        return new AuditView(a.id, a.certificationId, a.clientId, a.cycleNumber, a.type, a.status, a.earliestStart,
                a.latestEnd, a.targetDate, a.auditorDays, a.onsiteDays, a.remoteDays, a.remote, a.startDate,
                a.endDate, team, List.copyOf(a.siteIds), a.pinned, a.unassignedReason, staffed, incompleteTeam,
                a.raisedByAuditId,
                a.publishedAt, a.publishedStartDate, a.publishedEndDate, a.version);
    }
}
