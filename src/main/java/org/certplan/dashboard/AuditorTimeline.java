package org.certplan.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.certplan.audit.AuditStatus;
import org.certplan.audit.TeamRole;
import org.certplan.programme.AuditType;

/**
 * One auditor's row of the timeline: the audits of the range they are on, by date; {@code incompleteTeam} flags an
 * audit held with a team that is not whole (COMP-7).
 */
public record AuditorTimeline(long auditorId, String name, List<Bar> audits) {

    public record Bar(
            long auditId,
            long clientId,
            String clientName,
            AuditType type,
            AuditStatus status,
            TeamRole role,
            BigDecimal days,
            LocalDate startDate,
            LocalDate endDate,
            boolean incompleteTeam) {
    }
}
