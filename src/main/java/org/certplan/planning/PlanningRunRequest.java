package org.certplan.planning;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDate;
import org.certplan.platform.text.OneLine;

/**
 * A request to plan the open audits whose window overlaps {@code [from, to]}. {@code timeLimit} (ISO-8601) may
 * shorten, not extend, {@code certplan.solver.time-limit}; {@code mode} defaults to FULL.
 */
public record PlanningRunRequest(
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        Duration timeLimit,
        PlanningMode mode,
        @OneLine @Size(max = 200) String requestedBy) {

    public PlanningRunRequest withRequestedBy(String recorded) {
        return new PlanningRunRequest(from, to, timeLimit, mode, recorded);
    }
}
