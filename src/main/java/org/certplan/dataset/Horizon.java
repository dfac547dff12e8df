package org.certplan.dataset;

import java.time.LocalDate;
import org.certplan.programme.Window;

/** The twelve months after the reference date, the period a generated CB's figures are measured over. */
record Horizon(LocalDate from, LocalDate to) {

    static Horizon after(LocalDate reference) {
        return new Horizon(reference.plusDays(1), reference.plusMonths(12));
    }

    /** Whether a run over the horizon plans an audit with this window (the window overlaps the horizon). */
    boolean plans(Window window) {
        return !window.earliestStart().isAfter(to) && !window.latestEnd().isBefore(from);
    }

    long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }
}
