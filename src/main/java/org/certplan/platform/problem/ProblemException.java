package org.certplan.platform.problem;

import java.util.List;

/** Thrown by services to answer with a problem; carries everything the response needs. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldViolation> violations;
    private final List<Problem.RuleBreach> rules;
    private final Long currentVersion;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), List.of(), null);
    }

    private ProblemException(ProblemType type, String detail, List<Problem.FieldViolation> violations,
            List<Problem.RuleBreach> rules, Long currentVersion) {
        super(detail);
        this.type = type;
        this.violations = violations;
        this.rules = rules;
        this.currentVersion = currentVersion;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.INVALID_INPUT, field + ": " + message,
                List.of(new Problem.FieldViolation(field, message)), List.of(), null);
    }

    public static ProblemException staleVersion(String what, long sent, long current) {
        return new ProblemException(ProblemType.STALE_VERSION,
                what + " was changed meanwhile: version " + sent + " sent, current is " + current
                        + "; read it again and retry",
                List.of(), List.of(), current);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException invalidState(String detail) {
        return new ProblemException(ProblemType.INVALID_STATE, detail);
    }

    public static ProblemException rule(String rule, String detail) {
        return rules(List.of(new Problem.RuleBreach(rule, detail)));
    }

    public static ProblemException rules(List<Problem.RuleBreach> breaches) {
        String detail = breaches.stream().map(b -> b.rule() + ": " + b.detail())
                .reduce((a, b) -> a + "; " + b).orElse("a rule would be broken");
        return new ProblemException(ProblemType.RULE_VIOLATION, detail, List.of(), List.copyOf(breaches), null);
    }

    public Problem toProblem(String instance) {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), instance,
                violations, rules, currentVersion);
    }

    public ProblemType type() {
        return type;
    }
}
