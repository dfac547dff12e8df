package org.certplan.planning;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One message of a run's event stream: {@code progress} for each new best score, {@code end} once when the run
 * has ended (then {@code status} is final and the counts are those of the stored proposal).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanningRunEvent(
        String event,
        long runId,
        PlanningRunStatus status,
        String score,
        Long hard,
        Long medium,
        Long soft,
        Boolean feasible,
        Integer assigned,
        Integer unassigned,
        Instant at) {

    public static final String PROGRESS = "progress";
    public static final String END = "end";

    static PlanningRunEvent progress(long runId, AuditPlan best, Instant at) {
        int assigned = 0;
        int unassigned = 0;
        for (PlanningAudit audit : best.getAudits()) {
            if (audit.getId() <= 0) {
                continue;
            }
            boolean staffed = audit.getStartDate() != null
                    && audit.getSeats().stream().allMatch(seat -> seat.getAuditor() != null);
            if (staffed) {
                assigned++;
            } else {
                unassigned++;
            }
        }
        var score = best.getScore();
        return new PlanningRunEvent(PROGRESS, runId, PlanningRunStatus.SOLVING, score.toString(), score.hardScore(),
                score.mediumScore(), score.softScore(), score.isFeasible(), assigned, unassigned, at);
    }

    /** The run's stored state: an {@code end} event once it has ended. */
    static PlanningRunEvent of(PlanningRun run) {
        return new PlanningRunEvent(run.status.isActive() ? PROGRESS : END, run.id, run.status, run.score, run.hardScore, run.mediumScore,
                run.softScore, run.feasible, run.assignedCount, run.unassignedCount,
                run.endedAt != null ? run.endedAt : run.startedAt);
    }

    boolean isEnd() {
        return END.equals(event);
    }
}
