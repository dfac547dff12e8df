package org.certplan.auditor;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * Why an auditor may not take an engagement: the rule id of domain-rules.md, what is wrong, and, when known, the
 * first day on which this reason no longer applies.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reason(String rule, String detail, LocalDate until) {

    public Reason(String rule, String detail) {
        this(rule, detail, null);
    }

    /** COMP-3 is met by the team together, so a single member's missing areas inform but do not rule out. */
    public boolean rulesOut() {
        return !"COMP-3".equals(rule);
    }
}
