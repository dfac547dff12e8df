package org.certplan.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.certplan.platform.problem.ProblemException;
import org.certplan.platform.problem.QueryValues;

/** The {@code from..to} days a dashboard query covers, both included. */
public record DateRange(LocalDate from, LocalDate to) {

    /** Parses the query parameters: {@code from} defaults to today, {@code to} to three months after {@code from}. */
    static DateRange parse(String fromText, String toText, LocalDate today, int maxDays) {
        LocalDate from = QueryValues.date("from", fromText);
        LocalDate to = QueryValues.date("to", toText);
        if (from == null) {
            from = to == null ? today : to.minusMonths(3);
        }
        if (to == null) {
            to = from.plusMonths(3);
        }
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "lies before from " + from);
        }
        if (days(from, to) > maxDays) {
            throw ProblemException.invalid("to", "the range " + from + ".." + to + " is longer than " + maxDays
                    + " days (certplan.dashboard.max-range-days)");
        }
        return new DateRange(from, to);
    }

    long days() {
        return days(from, to);
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
