package org.certplan.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.certplan.audit.Audit;
import org.certplan.audit.AuditStatus;
import org.certplan.audit.TeamMember;
import org.certplan.audit.TeamRole;

/**
 * Puts an audit on dates with a team, straight in the database, the way an applied planning run or a planner's
 * change leaves it; for tests of what clients and auditors are shown, which need planned audits fast.
 */
public final class Assignments {

    private Assignments() {
    }

    /** Dates the audit {@code start .. end} in {@code status} and makes {@code lead} its lead auditor. */
    public static void plan(long auditId, LocalDate start, LocalDate end, AuditStatus status, long lead,
            Long... auditors) {
        date(auditId, start, end, status, lead, auditors);
    }

    /**
     * Dates the audit {@code start .. end} in {@code status} with {@code auditors} and no lead: a team that is not
     * whole, as a forced assignment or data from before whole teams were required leave it.
     */
    public static void planWithoutLead(long auditId, LocalDate start, LocalDate end, AuditStatus status,
            Long... auditors) {
        date(auditId, start, end, status, null, auditors);
    }

    private static void date(long auditId, LocalDate start, LocalDate end, AuditStatus status, Long lead,
            Long... auditors) {
        QuarkusTransaction.requiringNew().run(() -> {
            Audit audit = Audit.findById(auditId);
            audit.startDate = start;
            audit.endDate = end;
            audit.status = status;
            TeamMember.delete("auditId", auditId);
            if (lead != null) {
                member(auditId, lead, TeamRole.LEAD);
            }
            for (Long auditor : auditors) {
                member(auditId, auditor, TeamRole.AUDITOR);
            }
        });
    }

    /** Makes {@code lead} the lead auditor of the audit, beside the team it has. */
    public static void addLead(long auditId, long lead) {
        QuarkusTransaction.requiringNew().run(() -> member(auditId, lead, TeamRole.LEAD));
    }

    /** Moves an already planned audit to new dates, keeping its team and status. */
    public static void move(long auditId, LocalDate start, LocalDate end) {
        QuarkusTransaction.requiringNew().run(() -> {
            Audit audit = Audit.findById(auditId);
            audit.startDate = start;
            audit.endDate = end;
        });
    }

    private static void member(long auditId, long auditorId, TeamRole role) {
        TeamMember member = new TeamMember();
        member.auditId = auditId;
        member.auditorId = auditorId;
        member.role = role;
        member.days = BigDecimal.ONE;
        member.persist();
    }
}
