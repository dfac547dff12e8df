package org.certplan.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** CAP-4: audits run Monday to Friday, as consecutive working days. */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** {@code count} days: {@code start} itself, then the following working days. */
    public static List<LocalDate> from(LocalDate start, int count) {
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

    public static List<LocalDate> between(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days.add(day);
            }
        }
        return days;
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
}
