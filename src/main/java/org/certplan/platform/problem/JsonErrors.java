package org.certplan.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.certplan.platform.json.PlausibleDates;

/** What was wrong with a JSON body, in the terms of JSON and of the API, never in the names of Java classes. */
final class JsonErrors {

    private JsonErrors() {
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "there is no field " + u.getPropertyName();
        }
        if (e instanceof InvalidFormatException f) {
            return "value " + f.getValue() + " is not " + expected(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + expected(m.getTargetType());
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        return message.contains("`") || message.isBlank() ? "the body is not valid JSON for this request"
                : "not valid JSON: " + message.lines().findFirst().orElse(message);
    }

    private static String expected(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == LocalDate.class) {
            return "a date such as 2027-03-15, in the years " + PlausibleDates.FIRST_YEAR + " to "
                    + PlausibleDates.LAST_YEAR;
        }
        if (type == Instant.class) {
            return "a timestamp such as 2027-03-15T09:00:00Z";
        }
        if (type == Duration.class) {
            return "a duration such as PT30S";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
