package org.certplan.programme;

public final class RuleViolation extends RuntimeException {
    private final String rule;

    public RuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
