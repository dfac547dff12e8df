package org.certplan.planning;

import java.time.LocalDate;
import java.util.List;

/** One audit of a run's proposal: the date and team the run read, the ones it proposes, and why. */
public record PlanningChangeView(
        long auditId,
        long auditVersion,
        Placement current,
        Placement proposed,
        String unassignedReason,
        String explanation,
        boolean published,
        String forcedBy) {

    public record Placement(LocalDate startDate, LocalDate endDate, List<TeamEntry> team) {
    }
}
