package org.certplan.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RuleViolationTest {

    @Test
    void carriesRuleIdAndMessage() {
        RuleViolation violation = new RuleViolation("CYC-7", "stage 1 is older than 6 months");
        assertThat(violation.rule()).isEqualTo("CYC-7");
        assertThat(violation.getMessage()).isEqualTo("stage 1 is older than 6 months");
        assertThat(violation).hasToString("RuleViolation[CYC-7]: stage 1 is older than 6 months");
    }

    @Test
    void ruleIdIsRequired() {
        assertThatThrownBy(() -> new RuleViolation(" ", "message")).isInstanceOf(IllegalArgumentException.class);
    }
}
