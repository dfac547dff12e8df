package org.certplan.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.math.BigDecimal;
import java.util.Map;
import org.certplan.programme.Fraction;
import org.certplan.programme.ProgrammePolicy;
import org.junit.jupiter.api.Test;

class ProgrammePolicyProducerTest {

    private static ProgrammePolicy policyFrom(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withDefaultValues(properties).build();
        return new ProgrammePolicyProducer().policy(config);
    }

    @Test
    void withoutOverridesThePolicyIsTheRuleBook() {
        assertThat(policyFrom(Map.of())).isEqualTo(ProgrammePolicy.defaults());
    }

    @Test
    void nc2DeadlineAndOtherValuesAreOverriddenByKebabCaseKeys() {
        ProgrammePolicy policy = policyFrom(Map.of(
                "certplan.policy.major-nc-deadline-days", "30",
                "certplan.policy.anchor-sa1-to-stage2", "true",
                "certplan.policy.onsite-share", "0.8",
                "certplan.policy.surveillance-fraction", "1/4"));
        assertThat(policy.majorNcDeadlineDays()).isEqualTo(30);
        assertThat(policy.anchorSa1ToStage2()).isTrue();
        assertThat(policy.onsiteShare()).isEqualByComparingTo(new BigDecimal("0.8"));
        assertThat(policy.surveillanceFraction()).isEqualTo(Fraction.of(1, 4));
        assertThat(policy.cycleYears()).isEqualTo(ProgrammePolicy.defaults().cycleYears());
    }

    @Test
    void aMalformedValueNamesItsKey() {
        assertThatThrownBy(() -> policyFrom(Map.of("certplan.policy.major-nc-deadline-days", "six weeks")))
                .hasMessageContaining("certplan.policy.major-nc-deadline-days");
    }

    @Test
    void aValueThePolicyRejectsFailsAtStartup() {
        assertThatThrownBy(() -> policyFrom(Map.of("certplan.policy.onsite-share", "1.5")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
