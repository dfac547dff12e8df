package org.certplan.planning.notification;

import java.time.LocalDate;
import java.util.List;
import org.certplan.programme.AuditType;

/**
 * One audit in a change notification: what its recipients were told before and what holds now. {@code before} is
 * null for a first publication, {@code after} null when the audit was taken off the plan.
 */
public record AuditChange(long auditId, long clientId, AuditType type, Placement before, Placement after,
        String reason) {

    /** Dates and team (auditor ids, lead first). */
    public record Placement(LocalDate startDate, LocalDate endDate, List<Long> team) {

        /** Empty seats are left out. */
        public Placement {
            team = team.stream().filter(java.util.Objects::nonNull).toList();
        }
    }

    /** Everyone the change concerns among the auditors: those on the team before and after. */
    public List<Long> auditors() {
        return java.util.stream.Stream.concat(before == null ? java.util.stream.Stream.empty() : before.team().stream(),
                after == null ? java.util.stream.Stream.empty() : after.team().stream()).distinct().toList();
    }
}
