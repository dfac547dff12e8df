package org.certplan.planning;

import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/** Copies an audit's start date to its team seats. */
public class SeatStartListener implements VariableListener<AuditPlan, PlanningAudit> {

    @Override
    public void beforeEntityAdded(ScoreDirector<AuditPlan> scoreDirector, PlanningAudit audit) {
    }

    @Override
    public void afterEntityAdded(ScoreDirector<AuditPlan> scoreDirector, PlanningAudit audit) {
        update(scoreDirector, audit);
    }

    @Override
    public void beforeVariableChanged(ScoreDirector<AuditPlan> scoreDirector, PlanningAudit audit) {
    }

    @Override
    public void afterVariableChanged(ScoreDirector<AuditPlan> scoreDirector, PlanningAudit audit) {
        update(scoreDirector, audit);
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<AuditPlan> scoreDirector, PlanningAudit audit) {
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<AuditPlan> scoreDirector, PlanningAudit audit) {
    }

    private static void update(ScoreDirector<AuditPlan> scoreDirector, PlanningAudit audit) {
        for (TeamSeat seat : audit.getSeats()) {
            if (!audit.getStartDate().equals(seat.getStartDate())) {
                scoreDirector.beforeVariableChanged(seat, "startDate");
                seat.setStartDate(audit.getStartDate());
                scoreDirector.afterVariableChanged(seat, "startDate");
            }
        }
    }
}
