package org.certplan.auditor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.certplan.platform.problem.ProblemException;

/** Parses query parameters so that a bad value answers 400 naming the parameter, not 404. */
final class QueryParams {

    private QueryParams() {
    }

    static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(name, "is required");
        }
        return value.trim();
    }

    static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(required(name, value));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date like 2027-03-15");
        }
    }

    static long id(String name, String value) {
        try {
            return Long.parseLong(required(name, value));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a number");
        }
    }

    static BigDecimal positiveDecimal(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.trim());
            if (number.signum() <= 0) {
                throw ProblemException.invalid(name, "must be greater than 0");
            }
            return number;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a number");
        }
    }

    @SafeVarargs
    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type, E fallback, E... allowed) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        E[] choices = allowed.length > 0 ? allowed : type.getEnumConstants();
        return Arrays.stream(choices).filter(c -> c.name().equals(value.trim())).findFirst()
                .orElseThrow(() -> ProblemException.invalid(name, "must be one of "
                        + Arrays.stream(choices).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
