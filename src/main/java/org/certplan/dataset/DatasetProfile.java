package org.certplan.dataset;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How a generated certification body is staffed. {@code realistic}: it accepts only clients its leads can audit
 * (application review) and has auditors for about 55–75% of its on-site days; {@code understaffed}: auditors and
 * clients drawn independently of each other, leaving competence gaps for the planner to report.
 */
public enum DatasetProfile {
    REALISTIC, UNDERSTAFFED;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Either case: {@code realistic}, {@code UNDERSTAFFED}. */
    @JsonCreator
    public static DatasetProfile fromString(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("profile must be realistic or understaffed, not '" + value + "'");
        }
    }
}
