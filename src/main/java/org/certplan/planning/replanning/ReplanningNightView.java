package org.certplan.planning.replanning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A night's outcome over REST. */
public record ReplanningNightView(long id, Long runId, String instance, Instant startedAt, Instant endedAt,
        LocalDate horizonFrom, LocalDate horizonTo, ReplanningNight.Outcome outcome, String score, Boolean feasible,
        Integer changedAudits, Integer publishedAudits, Integer changedPublished, Integer forcedMoves,
        Integer churnBudget, boolean applied, boolean needsPlanner, String reason, List<ForcedMove> forced) {
}
