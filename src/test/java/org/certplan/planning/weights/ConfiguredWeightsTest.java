package org.certplan.planning.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfiguredWeightsTest {

    private static WeightsService configured(Map<String, Long> weights) {
        return new WeightsService(null, null, null, new ObjectivePolicy() {
            @Override
            public int nearDeadlineDays() {
                return 90;
            }

            @Override
            public Map<String, Long> weights() {
                return weights;
            }
        });
    }

    @Test
    void s81_aConfiguredWeightReplacesTheRuleBookDefault_theOthersStay() {
        WeightsService service = configured(Map.of("unstaffedStage1", 5L));
        assertThat(service.defaults().getUnstaffedStage1().mediumScore()).isEqualTo(5);
        assertThat(service.defaults().getUnstaffedFollowUp().mediumScore()).isEqualTo(10);
    }

    @Test
    void anUnknownConfiguredWeight_stopsTheStartNamingTheKnownOnes() {
        assertThatThrownBy(() -> configured(Map.of("unstaffedStage3", 5L)))
                .hasMessageContaining("certplan.policy.objective.weights.unstaffedStage3=5")
                .hasMessageContaining("unstaffedFollowUp");
    }

    @Test
    void aConfiguredWeightOutOfRange_stopsTheStart() {
        assertThatThrownBy(() -> configured(Map.of("unstaffedStage1", -1L)))
                .hasMessageContaining("between 0 and " + WeightsService.MAX_WEIGHT);
    }
}
