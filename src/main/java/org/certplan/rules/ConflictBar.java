package org.certplan.rules;

import java.time.LocalDate;
import java.util.Collection;

/**
 * IMP-1 / IMP-2: a period in which an auditor may not audit a client, both ends inclusive; {@code lastDay} null
 * means indefinitely. {@code rule} is {@link #IMP_1} (consultancy, employment or internal audit, barred until the
 * cooling-off has passed) or {@link #IMP_2} (another declared conflict, barred while in force).
 */
public record ConflictBar(long clientId, String rule, String relationship, LocalDate from, LocalDate ended,
        LocalDate lastDay) {

    public static final String IMP_1 = "IMP-1";
    public static final String IMP_2 = "IMP-2";

    /** A bar known by its days only: {@code relationship} and its end are not known. */
    public ConflictBar(long clientId, String rule, LocalDate from, LocalDate lastDay) {
        this(clientId, rule, null, from, null, lastDay);
    }

    /**
     * The bar of a declared relationship with the client from {@code from} to {@code to} (null: ongoing). IMP-1's
     * cooling-off counts its years from the day after the relationship ended: ended 2025-06-30, two years, barred
     * through 2027-06-30 and free from 2027-07-01.
     */
    public static ConflictBar of(long clientId, boolean coolingOff, String relationship, LocalDate from,
            LocalDate to, int coolingOffYears) {
        String rule = coolingOff ? IMP_1 : IMP_2;
        if (to == null) {
            return new ConflictBar(clientId, rule, relationship, from, null, null);
        }
        LocalDate last = coolingOff ? to.plusDays(1).plusYears(coolingOffYears).minusDays(1) : to;
        return new ConflictBar(clientId, rule, relationship, from, to, last);
    }

    /** The first day the bar no longer applies; null while it bars indefinitely. */
    public LocalDate lapses() {
        return lastDay == null ? null : lastDay.plusDays(1);
    }

    public boolean bars(LocalDate day) {
        return !day.isBefore(from) && (lastDay == null || !day.isAfter(lastDay));
    }

    /** How many of the days a bar of the rule with the client falls on. */
    public static long barredDays(Collection<ConflictBar> bars, long clientId, String rule,
            Collection<LocalDate> days) {
        return days.stream()
                .filter(day -> bars.stream()
                        .anyMatch(b -> b.clientId == clientId && b.rule.equals(rule) && b.bars(day)))
                .count();
    }
}
