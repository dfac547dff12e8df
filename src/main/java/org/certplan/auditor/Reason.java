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

    /** How the COMP-3 reason about a member's missing technical areas ends: it informs, the team covers them. */
    static final String AREAS_COVERED_JOINTLY = "; the team covers areas jointly";

    /**
     * COMP-3 is met by the team together, so a single member's missing areas inform but do not rule out; a technical
     * expert without any ISMS qualification (also COMP-3) is ruled out.
     */
    public boolean rulesOut() {
        return !("COMP-3".equals(rule) && detail.endsWith(AREAS_COVERED_JOINTLY));
    }
}
