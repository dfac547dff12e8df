package org.certplan.planning.replanning;

import java.time.LocalDate;
import java.util.List;
import org.certplan.planning.AuditPlan;
import org.certplan.planning.PlanningAudit;
import org.certplan.planning.PlanningAuditor;
import org.optaplanner.core.api.solver.change.ProblemChange;
import org.optaplanner.core.api.solver.change.ProblemChangeDirector;

/**
 * An auditor's leave recorded while a run solves: the days become unavailable in the working plan (CAP-2), and in
 * a REPAIR run every kept published audit the auditor sits on during the leave is released as forced by CAP-2.
 * {@code applied} runs once the change is in, on the solver's thread.
 */
public record AuditorLeaveChange(long auditorId, List<LocalDate> days, RepairScope scope, Runnable applied)
        implements ProblemChange<AuditPlan> {

    public AuditorLeaveChange {
        days = List.copyOf(days);
    }

    @Override
    public void doChange(AuditPlan working, ProblemChangeDirector director) {
        PlanningAuditor auditor = working.getAuditors().stream().filter(a -> a.getId() == auditorId).findFirst()
                .orElse(null);
        if (auditor == null) {
            return;
        }
        director.changeProblemProperty(auditor, a -> a.addUnavailable(days));
        for (PlanningAudit audit : working.getAudits()) {
            boolean onLeave = audit.getSeats().stream()
                    .anyMatch(seat -> seat.getAuditor() != null && seat.getAuditor().getId() == auditorId
                            && !auditor.unavailableAmong(seat.days()).isEmpty());
            if (onLeave && audit.isPinned() && scope.isKept(audit.getId())) {
                director.changeProblemProperty(audit, PlanningAudit::releasePin);
                scope.force(audit.getId(), "CAP-2");
            }
        }
        applied.run();
    }
}
