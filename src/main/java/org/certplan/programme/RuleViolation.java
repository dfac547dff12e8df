package org.certplan.programme;

import java.util.Objects;

/** A request that breaks a rule of the programme; {@link #rule()} is the rule id from the rule book, e.g. "AT-3". */
public final class RuleViolation extends RuntimeException {

    private final String rule;

    public RuleViolation(String rule, String message) {
        super(Objects.requireNonNull(message, "message"));
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("rule id is required");
        }
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    @Override
    public String toString() {
        return "RuleViolation[" + rule + "]: " + getMessage();
    }
}
