package org.certplan.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * CAP-4: the days of the week audits run on, from the policy. An audit's days are consecutive working days; a
 * public holiday of the site stays a working day of the calendar and is a CAP-2 breach when an audit day falls on it.
 */
public final class WorkingCalendar {

    public static final WorkingCalendar MONDAY_TO_FRIDAY =
            new WorkingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    private final Set<DayOfWeek> weekdays;

    public WorkingCalendar(Collection<DayOfWeek> weekdays) {
        if (weekdays.isEmpty()) {
            throw new IllegalArgumentException("CAP-4 needs at least one working day of the week");
        }
        this.weekdays = Set.copyOf(EnumSet.copyOf(weekdays));
    }

    public Set<DayOfWeek> weekdays() {
        return weekdays;
    }

    public boolean isWorkingDay(LocalDate day) {
        return weekdays.contains(day.getDayOfWeek());
    }

    /** {@code count} days: {@code start} itself, then the following working days. */
    public List<LocalDate> from(LocalDate start, int count) {
        List<LocalDate> days = new ArrayList<>(count);
        LocalDate day = start;
        days.add(day);
        while (days.size() < count) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                days.add(day);
            }
        }
        return List.copyOf(days);
    }

    /** The working days from one day to another, both inclusive. */
    public List<LocalDate> between(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days.add(day);
            }
        }
        return days;
    }

    /** The last working day before {@code day}. */
    public LocalDate workingDayBefore(LocalDate day) {
        LocalDate before = day.minusDays(1);
        while (!isWorkingDay(before)) {
            before = before.minusDays(1);
        }
        return before;
    }

    /** The day of {@code candidates} closest to {@code target}; the earlier one on a tie. */
    public static LocalDate nearest(List<LocalDate> candidates, LocalDate target) {
        LocalDate best = candidates.get(0);
        long bestDistance = Long.MAX_VALUE;
        for (LocalDate candidate : candidates) {
            long distance = Math.abs(candidate.toEpochDay() - target.toEpochDay());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingCalendar calendar && calendar.weekdays.equals(weekdays);
    }

    @Override
    public int hashCode() {
        return weekdays.hashCode();
    }

    @Override
    public String toString() {
        return "working days " + EnumSet.copyOf(weekdays);
    }
}
