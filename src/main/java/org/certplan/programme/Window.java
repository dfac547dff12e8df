package org.certplan.programme;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When an audit may take place: its first day no earlier than {@code earliestStart}, its last day no later than
 * {@code latestEnd} (both inclusive), ideally starting on {@code target}.
 *
 * <p>The constructor rejects a target outside the window; {@link #clamped} moves it to the nearest edge instead,
 * which is what the cycle calendar uses when a policy puts the ideal date outside the allowed dates.
 */
public record Window(LocalDate earliestStart, LocalDate target, LocalDate latestEnd) {

    public Window {
        Objects.requireNonNull(earliestStart, "earliestStart");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(latestEnd, "latestEnd");
        if (earliestStart.isAfter(latestEnd)) {
            throw new IllegalArgumentException("window starts " + earliestStart + " after it ends " + latestEnd);
        }
        if (target.isBefore(earliestStart) || target.isAfter(latestEnd)) {
            throw new IllegalArgumentException("target " + target + " is outside the window " + earliestStart
                    + " .. " + latestEnd);
        }
    }

    /** A window whose target is moved into {@code earliestStart .. latestEnd} when it lies outside. */
    public static Window clamped(LocalDate earliestStart, LocalDate target, LocalDate latestEnd) {
        Objects.requireNonNull(earliestStart, "earliestStart");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(latestEnd, "latestEnd");
        LocalDate inside = target.isBefore(earliestStart) ? earliestStart : target;
        return new Window(earliestStart, inside.isAfter(latestEnd) ? latestEnd : inside, latestEnd);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(earliestStart) && !day.isAfter(latestEnd);
    }

    /** Whether an audit held from {@code firstDay} to {@code lastDay} lies inside the window. */
    public boolean contains(LocalDate firstDay, LocalDate lastDay) {
        return !firstDay.isBefore(earliestStart) && !lastDay.isAfter(latestEnd) && !firstDay.isAfter(lastDay);
    }

    /** Days from the target to {@code day}: negative when earlier, positive when later. */
    public long daysFromTarget(LocalDate day) {
        return ChronoUnit.DAYS.between(target, day);
    }

    public long lengthInDays() {
        return ChronoUnit.DAYS.between(earliestStart, latestEnd) + 1;
    }
}
