package org.certplan.platform.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.certplan.platform.json.PlausibleDates;

/** Parses optional query parameters so that a bad value is a 400 naming the parameter, not a 404. */
public final class QueryValues {

    public static final String DATE = "a date such as 2027-03-15, in the years " + PlausibleDates.FIRST_YEAR + " to "
            + PlausibleDates.LAST_YEAR;
    public static final String WHOLE_NUMBER = "a whole number";

    private QueryValues() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return plausibleDate(value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(name, value, DATE);
        }
    }

    /** An ISO date in the years {@link PlausibleDates} allows; {@link IllegalArgumentException} otherwise. */
    public static LocalDate plausibleDate(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(text, e);
        }
        if (date.getYear() < PlausibleDates.FIRST_YEAR || date.getYear() > PlausibleDates.LAST_YEAR) {
            throw new IllegalArgumentException(text);
        }
        return date;
    }

    public static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw invalid(name, value, WHOLE_NUMBER);
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(name, value, oneOf(type));
        }
    }

    public static String oneOf(Class<?> type) {
        return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                .collect(Collectors.joining(", "));
    }

    public static ProblemException invalid(String name, String value, String expected) {
        return ProblemException.invalid(name, "'" + value + "' is not " + expected);
    }
}
