package org.certplan.planning;

/** One constraint match touching an audit: rule id, constraint, score impact (as text), auditor and sentence. */
public record ImpactView(String ruleId, String constraintName, String impact, Long auditorId, String text) {

    static ImpactView of(RuleImpact impact) {
        return new ImpactView(impact.ruleId(), impact.constraintName(), impact.impact().toString(), impact.auditorId(),
                impact.text());
    }
}
