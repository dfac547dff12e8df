package org.certplan.planning;

import java.time.LocalDate;

/** A hard rule a candidate would break; {@code until} is when it stops applying, if known. */
public record RuleBreach(String ruleId, String detail, LocalDate until) {

    public RuleBreach(String ruleId, String detail) {
        this(ruleId, detail, null);
    }
}
