package org.certplan.planning.baseline;

import java.time.LocalDate;
import org.certplan.planning.AuditPlan;
import org.certplan.planning.PlanningAudit;
import org.certplan.planning.PlanningAuditor;
import org.certplan.planning.TeamSeat;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The solver's first phase when {@code certplan.solver.construction=greedy}: the {@link GreedyPlanner} places every
 * audit that is not pinned and has no auditor yet, date and whole team, through the score director. Teams already
 * in the working plan (published audits a REPAIR run released, the search's own teams when a problem change
 * restarts the phases) are left as they are and count as load; pinned audits are never touched.
 */
public final class GreedyWarmStart implements CustomPhaseCommand<AuditPlan> {

    @Override
    public void changeWorkingSolution(ScoreDirector<AuditPlan> scoreDirector) {
        GreedyPlanner.complete(scoreDirector.getWorkingSolution(), new PlanWriter() {
            @Override
            public void start(PlanningAudit audit, LocalDate start) {
                scoreDirector.beforeVariableChanged(audit, "startDate");
                audit.setStartDate(start);
                scoreDirector.afterVariableChanged(audit, "startDate");
                scoreDirector.triggerVariableListeners();
            }

            @Override
            public void auditor(TeamSeat seat, PlanningAuditor auditor) {
                scoreDirector.beforeVariableChanged(seat, "auditor");
                seat.setAuditor(auditor);
                scoreDirector.afterVariableChanged(seat, "auditor");
            }
        });
        scoreDirector.triggerVariableListeners();
    }
}
