package org.certplan.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A planning run as the API shows it. */
public record PlanningRunView(
        long id,
        PlanningRunStatus status,
        PlanningMode mode,
        LocalDate from,
        LocalDate to,
        String timeLimit,
        String score,
        Long hardScore,
        Long mediumScore,
        Long softScore,
        Boolean feasible,
        Integer assigned,
        Integer unassigned,
        Integer changedAudits,
        Integer fedInputs,
        String requestedBy,
        Instant startedAt,
        Instant endedAt,
        String failureMessage,
        Instant appliedAt,
        String appliedBy,
        List<ScorePoint> bestScoreHistory,
        @Schema(nullable = true, description = "What the proposal staffs; null while the run has no proposal")
        RunStaffing staffing) {

    public record ScorePoint(Instant at, String score) {
    }

    static PlanningRunView of(PlanningRun run, List<ScorePoint> history, RunStaffing staffing) {
        return new PlanningRunView(run.id, run.status, run.mode, run.horizonFrom, run.horizonTo, run.timeLimit,
                run.score, run.hardScore, run.mediumScore, run.softScore, run.feasible, run.assignedCount,
                run.unassignedCount, run.changedCount, run.fedInputs, run.requestedBy, run.startedAt, run.endedAt, run.failureMessage,
                run.appliedAt, run.appliedBy, history, staffing);
    }
}
