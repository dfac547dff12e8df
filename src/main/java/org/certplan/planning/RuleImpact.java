package org.certplan.planning;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** One constraint match touching an audit: the rule, the constraint, its score impact and a sentence. */
public record RuleImpact(String ruleId, String constraintName, HardMediumSoftLongScore impact, Long auditorId,
        String text) {
}
