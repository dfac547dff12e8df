package org.certplan.planning.baseline;

import java.time.LocalDate;
import org.certplan.planning.PlanningAudit;
import org.certplan.planning.PlanningAuditor;
import org.certplan.planning.TeamSeat;

/** How the greedy planner's decisions reach a plan: set directly, or told to the solver's score director. */
public interface PlanWriter {

    /** Moves the audit (and its seats) to a new start date. */
    void start(PlanningAudit audit, LocalDate start);

    void auditor(TeamSeat seat, PlanningAuditor auditor);

    /** Sets the values on the plan itself, for a plan no solver holds. */
    PlanWriter DIRECT = new PlanWriter() {
        @Override
        public void start(PlanningAudit audit, LocalDate start) {
            audit.setStartDate(start);
            audit.getSeats().forEach(seat -> seat.setStartDate(start));
        }

        @Override
        public void auditor(TeamSeat seat, PlanningAuditor auditor) {
            seat.setAuditor(auditor);
        }
    };
}
