package org.certplan.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

/**
 * One plan under an incremental score director: moves change a start date or a seat the way a solver move does,
 * and only the constraint matches they touch are recomputed.
 */
public final class IncrementalPlanScore implements AutoCloseable {

    private final InnerScoreDirector<AuditPlan, HardMediumSoftLongScore> director;

    IncrementalPlanScore(InnerScoreDirector<AuditPlan, HardMediumSoftLongScore> director, AuditPlan plan) {
        this.director = director;
        director.setWorkingSolution(plan);
    }

    public void moveStart(PlanningAudit audit, LocalDate start) {
        if (Objects.equals(audit.getStartDate(), start)) {
            return;
        }
        director.beforeVariableChanged(audit, "startDate");
        audit.setStartDate(start);
        director.afterVariableChanged(audit, "startDate");
        director.triggerVariableListeners();
    }

    public void assign(TeamSeat seat, PlanningAuditor auditor) {
        if (seat.getAuditor() == auditor) {
            return;
        }
        director.beforeVariableChanged(seat, "auditor");
        seat.setAuditor(auditor);
        director.afterVariableChanged(seat, "auditor");
        director.triggerVariableListeners();
    }

    public HardMediumSoftLongScore score() {
        return director.calculateScore();
    }

    /** The hard constraint matches of the current state that involve the audit, as the rules they break. */
    public List<RuleMatch> hardMatches(long auditId) {
        director.calculateScore();
        return director.getConstraintMatchTotalMap().values().stream()
                .flatMap(total -> total.getConstraintMatchSet().stream())
                .filter(match -> match.getScore().hardScore() < 0
                        && match.getJustification() instanceof RuleMatch rule && rule.touches(auditId))
                .map(match -> (RuleMatch) match.getJustification())
                .toList();
    }

    @Override
    public void close() {
        director.close();
    }
}
