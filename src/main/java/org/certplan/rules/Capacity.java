package org.certplan.rules;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * CAP-3's unit and attribution: one audit day for each working day an auditor spends on an audit (a half-day audit
 * takes the day), counted in the month and the year that day falls in.
 */
public final class Capacity {

    private Capacity() {
    }

    public static Map<YearMonth, Integer> byMonth(Collection<LocalDate> days) {
        Map<YearMonth, Integer> months = new HashMap<>();
        days.forEach(day -> months.merge(YearMonth.from(day), 1, Integer::sum));
        return months;
    }

    public static Map<Year, Integer> byYear(Collection<LocalDate> days) {
        Map<Year, Integer> years = new HashMap<>();
        days.forEach(day -> years.merge(Year.from(day), 1, Integer::sum));
        return years;
    }

    /** The auditor's own limit when set, else the policy's. */
    public static int limit(Integer override, int policy) {
        return override != null ? override : policy;
    }
}
