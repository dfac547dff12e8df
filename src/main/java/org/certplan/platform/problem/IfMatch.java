package org.certplan.platform.problem;

import java.util.Optional;

/** The {@code If-Match} request header: a version as {@code 3}, {@code "3"} or {@code W/"3"}, or {@code *} for any. */
public record IfMatch(Long version) {

    private static final IfMatch ANY = new IfMatch(null);

    /** Empty when the header is absent. */
    public static Optional<IfMatch> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.equals("*")) {
            return Optional.of(ANY);
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Optional.of(new IfMatch(Long.parseLong(value.replace("\"", ""))));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be a version, e.g. \"3\", or *");
        }
    }

    public boolean any() {
        return version == null;
    }
}
